package org.proclab.viz.lanes;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** One process of a run (the main process or a worker JVM) as its lane shows it. Mutated only by its model. */
public final class WorkerLane {
    /** Output lines a lane keeps; the console has them all. */
    static final int KEPT_LINES = 50;

    private final String name;
    private long pid = -1;
    private WorkerState state = WorkerState.STARTING;
    private Integer exitCode;
    private String lock;
    private long outputLines;
    private final Deque<String> recentOutput = new ArrayDeque<>();
    private long cpuNanos = -1;
    private int lastCpu = -1;
    private long spawnedNanos = -1;
    private long startedNanos = -1;
    private long exitedNanos = -1;
    private long queueOps;
    private QueueOp lastQueueOp;

    /** A put or get of this process: which queue, which item. */
    public record QueueOp(boolean put, String queue, String item) {
    }

    WorkerLane(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return pid;
    }

    public WorkerState state() {
        return state;
    }

    /** The exit code once {@link WorkerState#EXITED}; null before. */
    public Integer exitCode() {
        return exitCode;
    }

    /** The lock waited for or held, while in one of those states. */
    public String lock() {
        return lock;
    }

    public long outputLines() {
        return outputLines;
    }

    public List<String> recentOutput() {
        return List.copyOf(recentOutput);
    }

    /** CPU time the process used, or -1 before it was first measured. */
    public long cpuNanos() {
        return cpuNanos;
    }

    /** The logical CPU the process last ran on, or -1 when unknown. */
    public int lastCpu() {
        return lastCpu;
    }

    /** When the parent asked for the process (nanoTime), -1 when unknown (the main process). */
    public long spawnedNanos() {
        return spawnedNanos;
    }

    /** When the process reported it runs its target, -1 before. */
    public long startedNanos() {
        return startedNanos;
    }

    /** When it exited, -1 while it lives. */
    public long exitedNanos() {
        return exitedNanos;
    }

    /** The time from spawn to running: what starting a JVM cost this process; -1 when not both known. */
    public long startupNanos() {
        return spawnedNanos < 0 || startedNanos < 0 ? -1 : Math.max(0, startedNanos - spawnedNanos);
    }

    public long queueOps() {
        return queueOps;
    }

    /** The latest put or get of this process, or null. */
    public QueueOp lastQueueOp() {
        return lastQueueOp;
    }

    void spawnedAt(long nanos) {
        spawnedNanos = nanos;
    }

    void startedAt(long nanos) {
        if (startedNanos < 0) {
            startedNanos = nanos;
        }
    }

    void exitedAt(long nanos) {
        exitedNanos = nanos;
    }

    void queueOp(QueueOp op) {
        queueOps++;
        lastQueueOp = op;
    }

    void pid(long value) {
        if (value > 0) {
            pid = value;
        }
    }

    void state(WorkerState value, String lockName) {
        state = value;
        lock = lockName;
    }

    void exited(int code) {
        state = WorkerState.EXITED;
        exitCode = code;
        lock = null;
    }

    void output(String line) {
        outputLines++;
        recentOutput.addLast(line);
        if (recentOutput.size() > KEPT_LINES) {
            recentOutput.removeFirst();
        }
    }

    void cpuNanos(long value) {
        if (value >= 0) {
            cpuNanos = value;
        }
    }

    void lastCpu(int cpu) {
        lastCpu = cpu;
    }
}
