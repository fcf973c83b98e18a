package org.proclab.viz;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.proclab.viz.cores.CoreLoadSampler;
import org.proclab.viz.cores.LoadHistory;
import org.proclab.viz.lanes.ProcessCpuSampler;

/**
 * The one background thread that measures the machine about twice a second: per-core load (OSHI) and the
 * CPU time of the processes on screen. Views only read what it wrote. Close it to stop the thread.
 */
public final class Samplers implements AutoCloseable {
    public static final long PERIOD_MILLIS = 500;
    public static final long HISTORY_MILLIS = 60_000;

    private final LoadHistory loadHistory = new LoadHistory(HISTORY_MILLIS);
    private final CoreLoadSampler cores = new CoreLoadSampler(loadHistory);
    private final ProcessCpuSampler processes = new ProcessCpuSampler();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "proclab-sampler");
        t.setDaemon(true);
        return t;
    });

    public Samplers start() {
        executor.scheduleAtFixedRate(this::sampleQuietly, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        return this;
    }

    private void sampleQuietly() {
        try {
            cores.sample();
            processes.sample();
        } catch (RuntimeException | LinkageError e) {
            // A failed sample (no /proc, OSHI missing a native) leaves a gap in the chart, not a dead thread.
        }
    }

    public LoadHistory loadHistory() {
        return loadHistory;
    }

    public ProcessCpuSampler processes() {
        return processes;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
