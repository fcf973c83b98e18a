package org.proclab.viz.cores;

import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;

/**
 * Per-logical-core load from OSHI: the share of busy ticks between two calls. Only ever called on the
 * sampling thread (OSHI reads /proc and may block).
 */
public final class CoreLoadSampler {
    private final LoadHistory history;
    private CentralProcessor processor;
    private long[][] previousTicks;

    public CoreLoadSampler(LoadHistory history) {
        this.history = history;
    }

    /** Takes one sample; the first call only sets the baseline. */
    public void sample() {
        if (processor == null) {
            processor = new SystemInfo().getHardware().getProcessor();
            previousTicks = processor.getProcessorCpuLoadTicks();
            return;
        }
        double[] loads = processor.getProcessorCpuLoadBetweenTicks(previousTicks);
        previousTicks = processor.getProcessorCpuLoadTicks();
        history.add(System.currentTimeMillis(), loads);
    }

    public LoadHistory history() {
        return history;
    }
}
