package org.proclab.viz.cores;

import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;

/**
 * Per-logical-core load from OSHI: the share of busy ticks between two calls. Only ever called on the
 * sampling thread (OSHI reads /proc and may block).
 */
public final class CoreLoadSampler {
    /** /proc/stat counts in 10 ms ticks: a sample closer than this to the last one would be mostly noise. */
    private static final long MIN_GAP_NANOS = 200_000_000L;

    private final LoadHistory history;
    private CentralProcessor processor;
    private long[][] previousTicks;
    private long previousNanos;

    public CoreLoadSampler(LoadHistory history) {
        this.history = history;
    }

    /** Takes one sample; the first call only sets the baseline, one too soon after the last is skipped. */
    public void sample() {
        long now = System.nanoTime();
        if (processor == null) {
            processor = new SystemInfo().getHardware().getProcessor();
            previousTicks = processor.getProcessorCpuLoadTicks();
            previousNanos = now;
            return;
        }
        if (now - previousNanos < MIN_GAP_NANOS) {
            return;
        }
        previousNanos = now;
        double[] loads = processor.getProcessorCpuLoadBetweenTicks(previousTicks);
        previousTicks = processor.getProcessorCpuLoadTicks();
        history.add(System.currentTimeMillis(), loads);
    }

    public LoadHistory history() {
        return history;
    }
}
