package org.proclab.viz.step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.proclab.runtime.event.Event;

/**
 * Where each worker of a stepped run stands, from the run's events: paused before an operation (what it is
 * about to do, on which line of the example), running, blocked on a lock (and who holds it), or finished. It
 * also keeps the steps the learner sent, in order, so the same run can be replayed. No JavaFX: the view
 * reads it once per frame.
 */
public final class StepModel {
    private static final Pattern PID = Pattern.compile("pid (\\d+)");

    /** What a worker is doing as far as stepping goes. */
    public enum Status { STARTING, PAUSED, RUNNING, BLOCKED, EXITED }

    /**
     * One worker.
     *
     * @param next      what it will do at its next step, e.g. "write counter ← 6" (while paused; else the last)
     * @param op        read, write, add, acquire or release
     * @param line      the example's source line of that operation, or -1
     * @param blockedOn while blocked: the lock and who holds it, e.g. "lock (worker-1)"
     */
    public record WorkerStep(String worker, long pid, Status status, String next, String op, long line,
                             String blockedOn) {
        WorkerStep with(Status s) {
            return new WorkerStep(worker, pid, s, next, op, line, s == Status.BLOCKED ? blockedOn : null);
        }
    }

    private final Map<String, WorkerStep> workers = new LinkedHashMap<>();
    private final List<String> sequence = new ArrayList<>();
    private String lastPaused;
    private int version;
    private boolean active;

    /** This run was started in step mode: the views show step controls. */
    public void activate() {
        active = true;
        version++;
    }

    public boolean active() {
        return active;
    }

    /** Takes one event; returns true when it changed what the model shows. */
    public boolean accept(Event e) {
        String name = e.worker();
        if (name == null || name.equals("main")) {
            return false;
        }
        WorkerStep known = workers.get(name);
        if (known != null && known.status() == Status.EXITED) {
            return false;
        }
        long pid = e.pid() > 0 ? e.pid() : known == null ? -1 : known.pid();
        WorkerStep now;
        switch (e.type()) {
            case PROCESS_SPAWNED:
            case PROCESS_STARTED:
                now = known != null ? known : new WorkerStep(name, pid, Status.STARTING, null, null, -1, null);
                now = new WorkerStep(name, pid, now.status(), now.next(), now.op(), now.line(), null);
                break;
            case STEP_PAUSED:
                now = new WorkerStep(name, pid, Status.PAUSED, e.text(), e.newValue(), e.index(), null);
                lastPaused = name;
                break;
            case LOCK_WAIT:
                WorkerStep before = base(known, name, pid);
                now = new WorkerStep(name, pid, Status.BLOCKED, before.next(), before.op(), before.line(),
                        e.subject() + holder(e.text()));
                break;
            case LOCK_ACQUIRED:
            case LOCK_ABANDONED:
                now = base(known, name, pid).with(Status.RUNNING);
                break;
            case PROCESS_EXITED:
                now = base(known, name, pid).with(Status.EXITED);
                break;
            default:
                return false;
        }
        workers.put(name, now);
        version++;
        return true;
    }

    private static WorkerStep base(WorkerStep known, String name, long pid) {
        return known != null ? known : new WorkerStep(name, pid, Status.RUNNING, null, null, -1, null);
    }

    /** " (worker-1)" when the holder's pid is one of this run's workers, else " (pid 4242)", or "". */
    private String holder(String text) {
        Matcher m = text == null ? null : PID.matcher(text);
        if (m == null || !m.find()) {
            return "";
        }
        long pid = Long.parseLong(m.group(1));
        for (WorkerStep w : workers.values()) {
            if (w.pid() == pid) {
                return " (" + w.worker() + ")";
            }
        }
        return " (pid " + pid + ")";
    }

    /** The learner let this worker take its step: it runs until its next pause. */
    public void stepped(String worker) {
        WorkerStep w = workers.get(worker);
        if (w != null && w.status() == Status.PAUSED) {
            workers.put(worker, w.with(Status.RUNNING));
        }
        sequence.add(worker);
        version++;
    }

    /** A replayed run: these steps are sent at once and carried out in order by the run host. */
    public void replayed(List<String> script) {
        sequence.addAll(script);
        version++;
    }

    /** Only a worker paused at a step can take one; a blocked one waits for the lock's holder. */
    public boolean canStep(String worker) {
        WorkerStep w = workers.get(worker);
        return w != null && w.status() == Status.PAUSED;
    }

    public List<WorkerStep> workers() {
        return List.copyOf(workers.values());
    }

    public Optional<WorkerStep> worker(String name) {
        return Optional.ofNullable(workers.get(name));
    }

    /** The steps sent so far, by worker name, in order: what "Restart and replay" sends again. */
    public List<String> sequence() {
        return List.copyOf(sequence);
    }

    /** The worker that paused most recently: whose line the code view shows unless the learner picks one. */
    public Optional<String> lastPaused() {
        return Optional.ofNullable(lastPaused);
    }

    /** Grows with every change: lets a view skip work when nothing changed. */
    public int version() {
        return version;
    }
}
