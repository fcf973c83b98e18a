package org.proclab.viz.lanes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.proclab.viz.cores.ProcStat;
import org.proclab.viz.cores.ProcStatReader;

/**
 * Measures the CPU time (and on Linux the last CPU) of the processes a run shows. Called on a sampling
 * thread; the FX side registers pids and reads {@link #latest()}.
 */
public final class ProcessCpuSampler {
    /** One measurement; cpu is -1 where the OS does not say. */
    public record Sample(long cpuNanos, int cpu) {
    }

    private static final ProcStatReader READER = new ProcStatReader();

    private final Set<Long> pids = ConcurrentHashMap.newKeySet();
    private final Map<Long, Sample> latest = new ConcurrentHashMap<>();

    /** The processes to measure from now on (replaces the previous set). */
    public void watch(Iterable<Long> livePids) {
        pids.clear();
        livePids.forEach(pids::add);
    }

    /** One reading of /proc/PID/stat per process (CPU time and CPU); processes that exited are skipped. */
    public void sample() {
        READER.read(List.copyOf(pids)).forEach((pid, stat) -> {
            if (stat.cpuNanos() >= 0) {
                latest.put(pid, new Sample(stat.cpuNanos(), stat.cpu()));
            }
        });
    }

    public Map<Long, Sample> latest() {
        return Map.copyOf(latest);
    }

    public void clear() {
        pids.clear();
        latest.clear();
    }

    /** Field 39 of /proc/PID/stat ("processor"); -1 when not on Linux or the process is gone. */
    static int lastCpu(long pid) {
        return READER.read(pid).map(ProcStat::cpu).orElse(ProcStat.UNKNOWN);
    }
}
