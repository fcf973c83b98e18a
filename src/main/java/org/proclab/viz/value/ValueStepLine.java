package org.proclab.viz.value;

import java.math.BigDecimal;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.proclab.viz.chart.TimeAxis;

/**
 * The top row of the value timeline: the shared value itself as a step line, one step per write, with the
 * value after each write where there is room and a red dot on every lost update.
 */
final class ValueStepLine {
    private ValueStepLine() {
    }

    /**
     * Draws the step line of {@code track} into {@code box} = {left, top, height}.
     *
     * @param all the track's ops in time order
     */
    static void draw(GraphicsContext g, TimeAxis axis, ValueTimelineModel.Track track, List<ValueOp> all, double[] box,
                     Color line, Color lost, Color muted, Font font) {
        double left = box[0];
        double top = box[1];
        double height = box[2];
        double min = track.lowest();
        double max = track.highest();
        if (Double.isNaN(min) || track.writes() == 0) {
            return;
        }
        ValueOp first = all.get(0);
        BigDecimal startValue = ValueTimelineModel.Track.number(first.isWrite() ? first.oldValue() : first.newValue());
        double start = startValue == null ? min : startValue.doubleValue();
        min = Math.min(min, start);
        max = Math.max(max, start);
        double range = Math.max(1e-9, max - min);
        // At most four vertices per pixel column (enter, lowest, highest, leave): 100,000 writes still
        // make a path of a few thousand points.
        double prevY = top + height * (1 - (start - min) / range);
        double right = axis.x(axis.toNanos());
        g.setStroke(line);
        g.setLineWidth(1.6);
        g.beginPath();
        g.moveTo(left, prevY);
        int column = Integer.MIN_VALUE;
        double colX = 0;
        double colLow = 0;
        double colHigh = 0;
        double colLast = 0;
        for (ValueOp op : all) {
            if (!op.isWrite() || Double.isNaN(op.newNumber())) {
                continue;
            }
            double x = Math.max(left, Math.min(axis.x(op.timeNanos()), right));
            double y = top + height * (1 - (op.newNumber() - min) / range);
            int c = (int) x;
            if (c != column) {
                if (column != Integer.MIN_VALUE) {
                    prevY = flushColumn(g, colX, prevY, colLow, colHigh, colLast);
                }
                column = c;
                colX = x;
                colLow = y;
                colHigh = y;
            } else {
                colLow = Math.max(colLow, y);
                colHigh = Math.min(colHigh, y);
            }
            colLast = y;
        }
        if (column != Integer.MIN_VALUE) {
            prevY = flushColumn(g, colX, prevY, colLow, colHigh, colLast);
        }
        g.lineTo(axis.x(axis.toNanos()), prevY);
        g.stroke();
        g.setFont(font);
        g.setFill(muted);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(fmt(max), left - 6, top);
        g.fillText(fmt(min), left - 6, top + height);
        // The value after each write, where there is room for it; lost writes are marked on the line too.
        double lastLabelX = -1e9;
        double lastDotX = -1e9;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (ValueOp op : all) {
            if (!op.isWrite() || Double.isNaN(op.newNumber())) {
                continue;
            }
            double x = axis.x(op.timeNanos());
            if (x < left - 1 || x > axis.x(axis.toNanos()) + 1) {
                continue;
            }
            double y = top + height * (1 - (op.newNumber() - min) / range);
            if (track.isLost(op) && x - lastDotX >= 1) {
                g.setFill(lost);
                g.fillOval(x - 3.5, y - 3.5, 7, 7);
                lastDotX = x;
            }
            if (x - lastLabelX < 30 || x <= left + 8) {
                continue;
            }
            String label = fmt(op.newNumber());
            if (x - lastLabelX > label.length() * 7 + 8) {
                g.setFill(track.isLost(op) ? lost : line);
                g.fillText(label, x, y - 4);
                lastLabelX = x;
            }
        }
        g.setTextBaseline(VPos.CENTER);
    }

    /** Draws one pixel column of the step line; returns the level it leaves at. */
    private static double flushColumn(GraphicsContext g, double x, double prevY, double low, double high,
                                      double last) {
        g.lineTo(x, prevY);
        if (low != high) {
            g.lineTo(x, low);
            g.lineTo(x, high);
        }
        g.lineTo(x, last);
        return last;
    }

    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(java.util.Locale.ROOT, "%.3g", v);
    }
}
