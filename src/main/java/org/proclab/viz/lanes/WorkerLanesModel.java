package org.proclab.viz.lanes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/** The processes of one run and their states, built from its events in arrival order. */
public final class WorkerLanesModel {
    private final Map<String, WorkerLane> lanes = new LinkedHashMap<>();
    private final QueueModel queues = new QueueModel();
    private int version;

    public void accept(Event e) {
        if (e.worker() == null) {
            return;
        }
        WorkerLane lane = lanes.computeIfAbsent(e.worker(), WorkerLane::new);
        lane.pid(e.pid());
        version++;
        switch (e.type()) {
            case PROCESS_SPAWNED:
                lane.state(WorkerState.STARTING, null);
                lane.spawnedAt(e.timeNanos());
                return;
            case PROCESS_STARTED:
                lane.startedAt(e.timeNanos());
                break;
            case PROCESS_EXITED:
                lane.exited((int) e.index());
                lane.exitedAt(e.timeNanos());
                return;
            case QUEUE_PUT:
            case QUEUE_GET:
                lane.queueOp(new WorkerLane.QueueOp(e.type() == EventType.QUEUE_PUT, e.subject(), e.newValue()));
                queues.accept(e);
                break;
            case LOCK_WAIT:
                lane.state(WorkerState.WAITING_FOR_LOCK, e.subject());
                return;
            case LOCK_ACQUIRED:
                lane.state(WorkerState.HOLDING_LOCK, e.subject());
                return;
            case LOCK_RELEASED:
            case LOCK_ABANDONED:
                if (lane.state() != WorkerState.EXITED) {
                    lane.state(WorkerState.RUNNING, null);
                }
                return;
            case OUTPUT:
                lane.output(e.text() == null ? "" : e.text());
                break;
            default:
                break;
        }
        // Any sign of life from a worker means it runs its target.
        if (lane.state() == WorkerState.STARTING) {
            lane.state(WorkerState.RUNNING, null);
        }
    }

    /**
     * The run host started: it is the example's main process, so its lane comes first (and keeps the
     * first colour) even before it says anything.
     */
    public void hostStarted(long pid) {
        WorkerLane lane = lanes.computeIfAbsent("main", WorkerLane::new);
        lane.pid(pid);
        lane.state(WorkerState.RUNNING, null);
        version++;
    }

    /** The run host ended: processes that never reported their exit went with it. */
    public void hostEnded(int exitCode) {
        for (WorkerLane lane : lanes.values()) {
            if (lane.state() != WorkerState.EXITED && "main".equals(lane.name())) {
                lane.exited(exitCode);
            }
        }
        version++;
    }

    /** Records what a sampler measured for a pid (CPU time; CPU number, or -1). */
    public void measured(long pid, long cpuNanos, int cpu) {
        for (WorkerLane lane : lanes.values()) {
            if (lane.pid() == pid) {
                lane.cpuNanos(cpuNanos);
                if (cpu >= 0) {
                    lane.lastCpu(cpu);
                }
                version++;
            }
        }
    }

    /**
     * A worker's colour everywhere in the lab, the same in every run: main is 0, a worker named like
     * "worker-2" or "pool-1-worker-2" is its number, any other its lane's position. -1 when unknown.
     */
    public int indexOf(String worker) {
        if (worker == null || !lanes.containsKey(worker)) {
            return -1;
        }
        if ("main".equals(worker)) {
            return 0;
        }
        int dash = worker.lastIndexOf('-');
        if (dash >= 0 && dash < worker.length() - 1) {
            try {
                return Integer.parseInt(worker.substring(dash + 1));
            } catch (NumberFormatException e) {
                // not numbered: its position below
            }
        }
        int i = 0;
        for (String name : lanes.keySet()) {
            if (name.equals(worker)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    public List<WorkerLane> lanes() {
        return new ArrayList<>(lanes.values());
    }

    public List<Long> livePids() {
        List<Long> pids = new ArrayList<>();
        for (WorkerLane lane : lanes.values()) {
            if (lane.pid() > 0 && lane.state() != WorkerState.EXITED) {
                pids.add(lane.pid());
            }
        }
        return pids;
    }

    /** The queues of the run and the items waiting in them. */
    public QueueModel queues() {
        return queues;
    }

    public void clear() {
        lanes.clear();
        queues.clear();
        version++;
    }

    public int version() {
        return version;
    }
}
