package org.proclab.viz.value;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the x positions of lost-update marks so one label stands for every mark within a label's width of
 * its neighbour. Without it a dense run draws hundreds of overlapping "LOST" labels into a red smear.
 */
public final class LostClusters {
    /** {@code count} marks between {@code fromX} and {@code toX}. */
    public record Cluster(double fromX, double toX, int count) {
        public double centerX() {
            return (fromX + toX) / 2;
        }
    }

    private LostClusters() {
    }

    /** Clusters of {@code xs} (in any order): a new one starts where the gap to the previous mark is at least {@code width}. */
    public static List<Cluster> of(List<Double> xs, double width) {
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(Double::compare);
        List<Cluster> clusters = new ArrayList<>();
        double from = Double.NaN;
        double to = Double.NaN;
        int count = 0;
        for (double x : sorted) {
            // A cluster never grows wider than two labels, so a long run of losses still shows where it lies.
            if (count > 0 && (x - to >= width || x - from >= 2 * width)) {
                clusters.add(new Cluster(from, to, count));
                count = 0;
            }
            if (count == 0) {
                from = x;
            }
            to = x;
            count++;
        }
        if (count > 0) {
            clusters.add(new Cluster(from, to, count));
        }
        return clusters;
    }
}
