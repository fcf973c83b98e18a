package org.proclab.viz.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.proclab.viz.chart.ChartCanvas;
import org.proclab.viz.chart.TimeAxis;

/**
 * How the value timeline shows lost updates: a "LOST" (or "×N lost") label per cluster of them, and a thin line
 * from each to the write that erased it. Kept apart from the chart so the chart stays about rows and marks.
 */
final class LostUpdateMarks {
    private static final int MAX_LINKS = 60;
    private static final double MIN_GAP = 1.5;

    private String lostLabel = "LOST";
    private String lostClusterFormat = "\u00d7{0} lost";

    void setLabels(String lost, String lostCluster) {
        lostLabel = lost;
        lostClusterFormat = lostCluster;
    }

    /**
     * One label per cluster of lost updates: marks closer than a label's width share "LOST" (one) or
     * "×N lost", so thousands of losses read as counts, not as a smear of red text.
     */
    void drawLabels(GraphicsContext g, TimeAxis axis, ValueTimelineModel.Track track, List<ValueOp> ops, double cy,
                    double rowH, double left, double right, Color surface, Color bad) {
        List<Double> xs = new ArrayList<>();
        for (ValueOp op : ops) {
            if (track.isLost(op) && op.timeNanos() >= axis.fromNanos() && op.timeNanos() <= axis.toNanos()) {
                xs.add(axis.x(op.timeNanos()));
            }
        }
        g.setFont(ChartCanvas.boldFont(10.5));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double top = cy - rowH / 2 + 1;
        // Wide enough for the largest count this row can have, so neighbouring labels never overlap.
        double width = labelWidth(clusterLabel(Math.max(99, xs.size()))) + 10;
        for (LostClusters.Cluster c : LostClusters.of(xs, width)) {
            String label = c.count() == 1 ? lostLabel : clusterLabel(c.count());
            double half = labelWidth(label) / 2 + 3;
            double x = Math.max(left + half, Math.min(right - half, c.centerX()));
            // On a pill in the row's own top edge: readable over the marks, never in the next row.
            g.setFill(surface.deriveColor(0, 1, 1, 0.88));
            g.fillRoundRect(x - half, top, 2 * half, 13, 6, 6);
            g.setFill(bad);
            g.fillText(label, x, top);
        }
        g.setTextBaseline(VPos.CENTER);
    }

    private String clusterLabel(int n) {
        return lostClusterFormat.replace("{0}", Integer.toString(n));
    }

    static double labelWidth(String s) {
        Text t = new Text(s);
        t.setFont(ChartCanvas.boldFont(10.5));
        return t.getLayoutBounds().getWidth();
    }

    /** A thin red line from each lost update to the write that erased it, across the worker rows. */
    static void drawLinks(GraphicsContext g, TimeAxis axis, ValueTimelineModel.Track track,
                          Map<String, double[]> rowSpans, Color bad) {
        int visible = 0;
        for (ValueOp op : track.inOrder()) {
            if (track.isLost(op) && op.timeNanos() >= axis.fromNanos() && op.timeNanos() <= axis.toNanos()) {
                visible++;
            }
        }
        // Hundreds of links only hatch the rows; zoomed in to a few dozen, each can be followed.
        if (visible > MAX_LINKS) {
            return;
        }
        g.setStroke(bad.deriveColor(0, 1, 1, 0.7));
        g.setLineWidth(1.2);
        double lastX = -1e9;
        for (ValueOp op : track.inOrder()) {
            if (!track.isLost(op) || op.timeNanos() < axis.fromNanos() || op.timeNanos() > axis.toNanos()) {
                continue;
            }
            ValueOp by = track.lostTo(op).orElse(null);
            double[] from = rowSpans.get(op.worker());
            double[] to = by == null ? null : rowSpans.get(by.worker());
            double x = axis.x(op.timeNanos());
            if (to == null || from == null || x - lastX < MIN_GAP) {
                continue;
            }
            lastX = x;
            double x2 = Math.min(axis.x(axis.toNanos()), axis.x(by.timeNanos()));
            g.strokeLine(x, (from[0] + from[1]) / 2, x2, (to[0] + to[1]) / 2);
        }
    }
}
