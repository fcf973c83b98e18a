package org.proclab.bench;

import java.util.Locale;

/**
 * A target from issue 7: either on the ratio ProcLab / Python ({@code vsPython}) or on ProcLab's own figure
 * (the two-process speed-up). {@code atMost} says whether the figure must stay at or below the threshold.
 */
public record Goal(boolean atMost, double threshold, boolean vsPython) {

    public static Goal ratioAtMost(double threshold) {
        return new Goal(true, threshold, true);
    }

    public static Goal ratioAtLeast(double threshold) {
        return new Goal(false, threshold, true);
    }

    public static Goal ownAtLeast(double threshold) {
        return new Goal(false, threshold, false);
    }

    public boolean met(double figure) {
        return atMost ? figure <= threshold : figure >= threshold;
    }

    /**
     * How far the figure is from the goal, as a factor &gt;= 1 (1 = exactly met): 0.6× against "≤ 0.3×"
     * is missed by 2.0×.
     */
    public double missFactor(double figure) {
        return atMost ? figure / threshold : threshold / figure;
    }

    public String describe() {
        String op = atMost ? "≤ " : "≥ ";
        String value = String.format(Locale.ROOT, "%s×", trim(threshold));
        return vsPython ? op + value + " Py" : op + value;
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
