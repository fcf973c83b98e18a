package org.proclab.fold;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.proclab.runtime.event.Event;

/**
 * Where each worker of a stepped run stands, from the run's events: starting, paused before an operation
 * (what it is about to do, on which line of the example), running, blocked on a lock (and who holds it), or
 * finished. The one step-state machine: the CLI's step commands wait on it, the window's step view shows it.
 * Not thread-safe: a caller that gets events on several threads synchronizes.
 */
public final class StepTracker {
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
    private final Map<String, String> waitsFor = new HashMap<>();
    private String lastPaused;

    /** Takes one event; returns true when it changed a worker's state. */
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
                waitsFor.put(name, e.subject() + (e.text() == null ? "" : ", " + e.text()));
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

    /** The worker was let go from its pause: it runs until its next pause. False when it was not paused. */
    public boolean released(String worker) {
        WorkerStep w = workers.get(worker);
        if (w == null || w.status() != Status.PAUSED) {
            return false;
        }
        workers.put(worker, w.with(Status.RUNNING));
        return true;
    }

    /** Only a worker paused at a step can take one; a blocked one waits for the lock's holder. */
    public boolean canStep(String worker) {
        WorkerStep w = workers.get(worker);
        return w != null && w.status() == Status.PAUSED;
    }

    /** The worker's status, or null if no event has named it yet. */
    public Status status(String worker) {
        WorkerStep w = workers.get(worker);
        return w == null ? null : w.status();
    }

    /** The lock a blocked worker waits for and the runtime's words on its holder, e.g. "lock, held by pid 4242". */
    public String waitsFor(String worker) {
        return waitsFor.get(worker);
    }

    public List<WorkerStep> workers() {
        return List.copyOf(workers.values());
    }

    public Optional<WorkerStep> worker(String name) {
        return Optional.ofNullable(workers.get(name));
    }

    /** The worker that paused most recently: whose line the code view shows unless the learner picks one. */
    public Optional<String> lastPaused() {
        return Optional.ofNullable(lastPaused);
    }
}
