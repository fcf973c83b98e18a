package org.proclab.viz.cores;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last minute of per-core load samples. Written by the sampler thread, read by the FX thread. */
public final class LoadHistory {
    /** One sample: when (epoch millis) and each core's load, 0..1. */
    public record Sample(long timeMillis, double[] loads) {
    }

    private final long spanMillis;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private long version;
    private volatile Runnable onAdd = () -> { };

    public LoadHistory(long spanMillis) {
        this.spanMillis = spanMillis;
    }

    public synchronized void add(long timeMillis, double[] loads) {
        samples.addLast(new Sample(timeMillis, loads.clone()));
        // Keep one sample older than the span so the line reaches the left edge.
        while (samples.size() > 2 && samples.peekFirst().timeMillis() < timeMillis - spanMillis - 1000) {
            samples.removeFirst();
        }
        version++;
        onAdd.run();
    }

    /** Called on the sampler's thread after every sample: lets a chart repaint without polling. */
    public void setOnAdd(Runnable action) {
        onAdd = action == null ? () -> { } : action;
    }

    public synchronized List<Sample> snapshot() {
        return new ArrayList<>(samples);
    }

    public synchronized long version() {
        return version;
    }

    public long spanMillis() {
        return spanMillis;
    }

    /** The number of cores of the newest sample, or 0 before the first one. */
    public synchronized int cores() {
        return samples.isEmpty() ? 0 : samples.peekLast().loads().length;
    }
}
