package org.proclab.viz.cores;

/**
 * Where a process is and how much CPU it has used, from {@code /proc/PID/stat}.
 *
 * @param pid      the process
 * @param cpu      the logical CPU it last ran on (field 39, "processor"), or {@link #UNKNOWN}
 * @param cpuNanos user + system CPU time so far (fields 14 and 15), or -1 when not known
 * @param state    the kernel's state letter (R running or runnable, S sleeping, ...), or '?'
 */
public record ProcStat(long pid, int cpu, long cpuNanos, char state) {
    public static final int UNKNOWN = -1;

    /** False where the OS does not say (not Linux, or /proc not readable): show "unknown", not a number. */
    public boolean cpuKnown() {
        return cpu != UNKNOWN;
    }
}
