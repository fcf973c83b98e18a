package org.proclab.bench;

import java.util.Locale;

/** How a row's figures are measured and shown. */
public enum Unit {
    /** Seconds, shown as s, ms or µs; lower is better. */
    SECONDS(false),
    /** Items per second; higher is better. */
    RATE(true),
    /** A factor such as a speed-up ("1.73×"); higher is better. */
    FACTOR(true);

    private final boolean higherIsBetter;

    Unit(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public String format(double value) {
        return switch (this) {
            case SECONDS -> seconds(value);
            case RATE -> rate(value);
            case FACTOR -> String.format(Locale.ROOT, "%.2f×", value);
        };
    }

    static String seconds(double s) {
        double abs = Math.abs(s);
        if (abs >= 1) {
            return String.format(Locale.ROOT, "%.2f s", s);
        }
        if (abs >= 1e-3) {
            return String.format(Locale.ROOT, abs >= 0.1 ? "%.0f ms" : "%.1f ms", s * 1e3);
        }
        if (abs >= 1e-6) {
            return String.format(Locale.ROOT, abs >= 1e-4 ? "%.0f µs" : "%.2f µs", s * 1e6);
        }
        return String.format(Locale.ROOT, "%.0f ns", s * 1e9);
    }

    static String rate(double perSecond) {
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M/s", perSecond / 1e6);
        }
        if (perSecond >= 1e3) {
            return String.format(Locale.ROOT, "%.0f k/s", perSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f /s", perSecond);
    }
}
