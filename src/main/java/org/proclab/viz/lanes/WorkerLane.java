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
