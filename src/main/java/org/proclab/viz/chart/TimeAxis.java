package org.proclab.viz.chart;

import java.util.Locale;

/** Maps nanoTime to x within a visible window and picks readable tick steps in milliseconds. */
public final class TimeAxis {
    private final long zeroNanos;
    private final long fromNanos;
    private final long toNanos;
    private final double left;
    private final double width;

    /**
     * @param zeroNanos the time shown as "0 ms" (the run's first event)
     * @param fromNanos first visible time
     * @param toNanos   last visible time
     */
    public TimeAxis(long zeroNanos, long fromNanos, long toNanos, double left, double width) {
        this.zeroNanos = zeroNanos;
        this.fromNanos = fromNanos;
        this.toNanos = Math.max(toNanos, fromNanos + 1);
        this.left = left;
        this.width = width;
    }

    public double x(long nanos) {
        return left + width * (nanos - fromNanos) / (double) (toNanos - fromNanos);
    }

    public long nanosAt(double x) {
        return fromNanos + (long) ((x - left) / width * (toNanos - fromNanos));
    }

    public long fromNanos() {
        return fromNanos;
    }

    public long toNanos() {
        return toNanos;
    }

    /** A tick step (ms) giving about {@code wanted} ticks: 1, 2 or 5 times a power of ten. */
    public double stepMillis(int wanted) {
        double span = (toNanos - fromNanos) / 1e6;
        double raw = span / Math.max(1, wanted);
        double pow = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-6))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * pow >= raw) {
                return m * pow;
            }
        }
        return 10 * pow;
    }

    /** Tick times, as milliseconds since zero, inside the visible window. */
    public double[] ticksMillis(int wanted) {
        double step = stepMillis(wanted);
        double from = (fromNanos - zeroNanos) / 1e6;
        double to = (toNanos - zeroNanos) / 1e6;
        double first = Math.ceil(from / step) * step;
        int n = (int) Math.max(0, Math.floor((to - first) / step) + 1);
        double[] ticks = new double[Math.min(n, 200)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = first + i * step;
        }
        return ticks;
    }

    public double xOfMillis(double millisSinceZero) {
        return x(zeroNanos + (long) (millisSinceZero * 1e6));
    }

    public static String label(double millis, double step) {
        if (step >= 1000) {
            return String.format(Locale.ROOT, "%.0f s", millis / 1000).replace(".0 s", " s");
        }
        if (step >= 1) {
            return String.format(Locale.ROOT, "%.0f ms", millis);
        }
        return String.format(Locale.ROOT, "%.2f ms", millis);
    }
}
