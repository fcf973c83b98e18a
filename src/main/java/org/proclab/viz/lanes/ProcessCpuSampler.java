package org.proclab.viz.lanes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures the CPU time (and on Linux the last CPU) of the processes a run shows. Called on a sampling
 * thread; the FX side registers pids and reads {@link #latest()}.
 */
public final class ProcessCpuSampler {
    /** One measurement; cpu is -1 where the OS does not say. */
    public record Sample(long cpuNanos, int cpu) {
    }

    private final Set<Long> pids = ConcurrentHashMap.newKeySet();
    private final Map<Long, Sample> latest = new ConcurrentHashMap<>();

    /** The processes to measure from now on (replaces the previous set). */
    public void watch(Iterable<Long> livePids) {
        pids.clear();
        livePids.forEach(pids::add);
    }

    public void sample() {
        for (Long pid : pids) {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            long nanos = handle.flatMap(h -> h.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L);
            if (nanos >= 0) {
                latest.put(pid, new Sample(nanos, lastCpu(pid)));
            }
        }
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
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) may contain spaces: count fields after its closing parenthesis.
            String[] rest = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return Integer.parseInt(rest[39 - 3]);
        } catch (Exception e) {
            return -1;
        }
    }
}
