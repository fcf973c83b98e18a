package org.proclab.viz.value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.proclab.viz.chart.ChartCanvas;
import org.proclab.viz.chart.TimeAxis;

/**
 * Reads and writes of one shared Value by each worker on one time axis. The top row is the value itself
 * (a step line, one step per write); below it one row per worker: ○ read, ● write, ◆ atomic update, and a
 * red mark with "LOST" for a write that erased an update the writer never saw. Wheel zooms, drag pans,
 * double-click fits everything; hovering a mark explains it.
 */
public final class ValueTimelineChart extends ChartCanvas {
    private static final double LEFT = 104;
    private static final double RIGHT = 14;
    private static final double TOP = 8;
    private static final double BOTTOM = 22;
    /** Marks closer than this share a pixel column: only one is drawn (lost ones always are). */
    private static final double MIN_GAP = 1.5;

    private final Label hover = new Label();
    private ValueTimelineModel.Track track;
    private long zeroNanos;
    private long lastNanos;
    private ToIntFunction<String> colorIndex = w -> 0;
    private Function<ValueOp, String> describe = ValueOp::toString;
    private String valueRowLabel = "value";
    private final LostUpdateMarks marks = new LostUpdateMarks();
    private String emptyText = "";
    private Long viewFrom;
    private Long viewTo;
    private double dragX = Double.NaN;
    /** Where each worker's row was drawn last, for hovering. */
    private final java.util.Map<String, double[]> rowSpans = new java.util.HashMap<>();

    public ValueTimelineChart() {
        getStyleClass().add("value-timeline-chart");
        hover.getStyleClass().add("chart-hover");
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        getChildren().add(hover);
        setOnScroll(this::zoom);
        setOnMousePressed(e -> dragX = e.getX());
        setOnMouseDragged(this::pan);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                viewFrom = null;
                viewTo = null;
                invalidate();
            }
        });
        setOnMouseMoved(this::hoverAt);
        setOnMouseExited(e -> hover.setVisible(false));
    }

    /** Shows {@code t} (null: nothing yet); zero is the run's first event, last the latest one. */
    private ValueTimelineModel model;

    /** The model of the run, for the lock spans drawn under each worker's marks. */
    public void setModel(ValueTimelineModel m) {
        model = m;
    }

    public void show(ValueTimelineModel.Track t, long zero, long last) {
        if (t != track) {
            viewFrom = null;
            viewTo = null;
        }
        track = t;
        zeroNanos = zero;
        lastNanos = last;
        invalidate();
    }

    public void setColorIndex(ToIntFunction<String> f) {
        colorIndex = f;
    }

    public void setDescriber(Function<ValueOp, String> f) {
        describe = f;
    }

    /** {@code lostCluster} has {@code {0}} for the count of lost updates one label stands for. */
    public void setLabels(String valueRow, String lost, String lostCluster, String empty) {
        valueRowLabel = valueRow;
        marks.setLabels(lost, lostCluster);
        emptyText = empty;
        invalidate();
    }

    private TimeAxis axis(double w) {
        // Fitted, the axis spans this Value's own accesses; labels still count from the run's first event.
        long[] span = TimelineSpan.fitted(track);
        long first = span != null ? span[0] : zeroNanos;
        long last = span != null ? span[1] : lastNanos;
        long from = viewFrom != null ? viewFrom : first;
        long to = viewTo != null ? viewTo : Math.max(last, first + 1_000_000);
        // A little air at both ends so the first and last marks are not cut in half.
        long pad = viewFrom != null ? 0 : Math.max(1, (to - from) / 40);
        return new TimeAxis(zeroNanos, from - pad, to + pad, LEFT, Math.max(1, w - LEFT - RIGHT));
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        if (track == null) {
            g.setFont(font(12.5));
            g.setFill(mutedColor());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(emptyText, w / 2, h / 2);
            return;
        }
        List<String> workers = new ArrayList<>(track.workers());
        // The main process that only reads the result at the end gets no row: the room goes to the value line.
        if (workers.size() > 2 && track.ops("main").stream().noneMatch(ValueOp::isWrite)) {
            workers.remove("main");
        }
        // Same order (and colour) as the process lanes.
        workers.sort(Comparator.comparingInt(wk -> colorIndex.applyAsInt(wk)));
        rowSpans.clear();
        double plotH = Math.max(1, h - TOP - BOTTOM);
        // The value row gets at least half the height (and 90 px when there is room): a drop after a stale
        // write must be visible; the worker rows share the rest, 22 to 56 px each.
        double valueH = Math.max(Math.min(90, plotH * 0.6), plotH * 0.5);
        double rowH = Math.max(22, Math.min(56, (plotH - valueH) / Math.max(1, workers.size())));
        valueH = Math.max(40, plotH - rowH * workers.size());
        TimeAxis axis = axis(w);
        drawAxis(g, axis, h, TOP + valueH + rowH * workers.size());
        g.setFont(font(11.5));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(mutedColor());
        g.fillText(valueRowLabel, 12, TOP + valueH / 2);
        if (track == null) {
            return;
        }
        List<ValueOp> all = track.inOrder();
        ValueStepLine.draw(g, axis, track, all, new double[] {LEFT, TOP + 6, valueH - 12}, textColor(), badColor(),
                mutedColor(), font(10.5));
        for (int i = 0; i < workers.size(); i++) {
            String worker = workers.get(i);
            double y = TOP + valueH + rowH * i;
            rowSpans.put(worker, new double[] {y, y + rowH});
            Color color = seriesColor(colorIndex.applyAsInt(worker));
            g.setStroke(gridColor());
            g.setLineWidth(1);
            g.strokeLine(LEFT, Math.floor(y) + 0.5, w - RIGHT, Math.floor(y) + 0.5);
            g.setFill(color);
            g.fillOval(12, y + rowH / 2 - 4, 8, 8);
            g.setFill(textColor());
            g.setFont(font(11.5));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(clip(worker, 11), 26, y + rowH / 2);
            drawLockSpans(g, axis, worker, y, rowH, color);
        }
        LostUpdateMarks.drawLinks(g, axis, track, rowSpans, badColor());
        for (String worker : workers) {
            double[] span = rowSpans.get(worker);
            Color color = seriesColor(colorIndex.applyAsInt(worker));
            drawLane(g, axis, track.ops(worker), (span[0] + span[1]) / 2, color, span[1] - span[0]);
        }
    }

    private void drawAxis(GraphicsContext g, TimeAxis axis, double h, double bottomOfRows) {
        g.setFont(font(10.5));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        double step = axis.stepMillis(6);
        double w = getWidth();
        for (double ms : axis.ticksMillis(6)) {
            double x = Math.floor(axis.xOfMillis(ms)) + 0.5;
            g.setStroke(gridColor());
            g.setLineWidth(1);
            g.strokeLine(x, TOP, x, bottomOfRows);
            g.setFill(mutedColor());
            // Keep the first and last labels inside the chart.
            g.fillText(TimeAxis.label(ms, step), Math.max(LEFT + 20, Math.min(w - 24, x)), h - BOTTOM + 5);
        }
    }

    /**
     * Under a worker's marks: a band in its colour while it holds a lock, an amber band while it waits for
     * one. Spans closer than a pixel are merged so thousands of short holds draw as one band.
     */
    private void drawLockSpans(GraphicsContext g, TimeAxis axis, String worker, double y, double rowH, Color color) {
        if (model == null) {
            return;
        }
        double right = axis.x(axis.toNanos());
        for (boolean holding : new boolean[] {true, false}) {
            g.setFill(holding ? color.deriveColor(0, 1, 1, 0.22) : warnColor().deriveColor(0, 1, 1, 0.45));
            double bandTop = holding ? y + rowH * 0.18 : y + rowH * 0.72;
            double bandH = holding ? rowH * 0.64 : rowH * 0.12;
            double runFrom = Double.NaN;
            double runTo = Double.NaN;
            for (ValueTimelineModel.LockSpan span : model.lockSpans(worker)) {
                if (span.holding() != holding) {
                    continue;
                }
                long end = span.toNanos() < 0 ? lastNanos : span.toNanos();
                double x0 = Math.max(LEFT, axis.x(span.fromNanos()));
                double x1 = Math.min(right, axis.x(end));
                if (x1 < LEFT || x0 > right) {
                    continue;
                }
                if (!Double.isNaN(runTo) && x0 - runTo <= 1) {
                    runTo = Math.max(runTo, x1);
                    continue;
                }
                if (!Double.isNaN(runFrom)) {
                    g.fillRect(runFrom, bandTop, Math.max(1, runTo - runFrom), bandH);
                }
                runFrom = x0;
                runTo = x1;
            }
            if (!Double.isNaN(runFrom)) {
                g.fillRect(runFrom, bandTop, Math.max(1, runTo - runFrom), bandH);
            }
        }
    }

    private void drawLane(GraphicsContext g, TimeAxis axis, List<ValueOp> ops, double cy, Color color, double rowH) {
        // Reads first, writes on top: a write in the same pixel as a read must not be hidden by it.
        drawMarks(g, axis, ops, cy, color, rowH, false);
        drawMarks(g, axis, ops, cy, color, rowH, true);
        marks.drawLabels(g, axis, track, ops, cy, rowH, LEFT, getWidth() - RIGHT, surfaceColor(), badColor());
    }

    private void drawMarks(GraphicsContext g, TimeAxis axis, List<ValueOp> ops, double cy, Color color, double rowH,
                           boolean writes) {
        double lastX = -1e9;
        double lastLabelX = -1e9;
        boolean roomForLabels = rowH >= 34;
        g.setFont(font(10.5));
        g.setTextAlign(TextAlignment.CENTER);
        for (ValueOp op : ops) {
            if (op.isWrite() != writes || op.timeNanos() < axis.fromNanos() || op.timeNanos() > axis.toNanos()) {
                continue;
            }
            double x = axis.x(op.timeNanos());
            boolean lost = track.isLost(op);
            if (x - lastX < MIN_GAP && !lost && !op.overwrote()) {
                continue;
            }
            lastX = x;
            if (lost) {
                g.setFill(badColor());
                g.fillOval(x - 6, cy - 6, 12, 12);
                g.setStroke(surfaceColor());
                g.setLineWidth(1.5);
                g.strokeOval(x - 6, cy - 6, 12, 12);
            } else if (op.kind() == org.proclab.runtime.event.EventType.VALUE_READ) {
                g.setFill(surfaceColor());
                g.fillOval(x - 3.5, cy - 3.5, 7, 7);
                g.setStroke(color);
                g.setLineWidth(1.5);
                g.strokeOval(x - 3.5, cy - 3.5, 7, 7);
            } else if (op.kind() == org.proclab.runtime.event.EventType.VALUE_ATOMIC) {
                g.setFill(color);
                g.fillPolygon(new double[] {x, x + 5, x, x - 5}, new double[] {cy - 5, cy, cy + 5, cy}, 4);
            } else {
                g.setFill(color);
                g.fillOval(x - 4.5, cy - 4.5, 9, 9);
                if (op.overwrote()) {
                    // The stale write itself: a red ring, so the eye follows the link from the lost update to it.
                    g.setStroke(badColor());
                    g.setLineWidth(2);
                    g.strokeOval(x - 6.5, cy - 6.5, 13, 13);
                }
            }
            if (roomForLabels && !lost && x - lastLabelX > 34) {
                String label = op.isWrite() ? "\u2192" + op.newValue() : op.newValue();
                g.setFill(mutedColor());
                g.setTextBaseline(op.isWrite() ? VPos.BOTTOM : VPos.TOP);
                g.fillText(label == null ? "" : clip(label, 8), x, op.isWrite() ? cy - 7 : cy + 7);
                lastLabelX = x;
            }
        }
        g.setTextBaseline(VPos.CENTER);
    }

    private void zoom(ScrollEvent e) {
        if (track == null || e.getDeltaY() == 0) {
            return;
        }
        TimeAxis axis = axis(getWidth());
        long at = axis.nanosAt(e.getX());
        double factor = e.getDeltaY() > 0 ? 0.8 : 1.25;
        long from = at - (long) ((at - axis.fromNanos()) * factor);
        long to = at + (long) ((axis.toNanos() - at) * factor);
        if (to - from < 20_000) {
            return;
        }
        viewFrom = from;
        viewTo = to;
        invalidate();
        e.consume();
    }

    private void pan(MouseEvent e) {
        if (track == null || Double.isNaN(dragX)) {
            return;
        }
        TimeAxis axis = axis(getWidth());
        long shift = axis.nanosAt(dragX) - axis.nanosAt(e.getX());
        viewFrom = axis.fromNanos() + shift;
        viewTo = axis.toNanos() + shift;
        dragX = e.getX();
        invalidate();
    }

    private void hoverAt(MouseEvent e) {
        ValueOp op = nearest(e.getX(), e.getY());
        if (op == null) {
            hover.setVisible(false);
            return;
        }
        hover.setText(describe.apply(op));
        hover.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("lost"), track.isLost(op) || op.overwrote());
        hover.autosize();
        double x = Math.min(e.getX() + 14, getWidth() - hover.getWidth() - 4);
        double y = e.getY() + 16 + hover.getHeight() > getHeight() ? e.getY() - hover.getHeight() - 8 : e.getY() + 16;
        hover.relocate(Math.max(4, x), Math.max(2, y));
        hover.setVisible(true);
    }

    private ValueOp nearest(double mx, double my) {
        if (track == null) {
            return null;
        }
        TimeAxis axis = axis(getWidth());
        ValueOp best = null;
        double bestD = 12;
        for (String w : track.workers()) {
            double[] span = rowSpans.get(w);
            if (span == null || my < span[0] || my > span[1]) {
                continue;
            }
            for (ValueOp op : track.ops(w)) {
                double d = Math.abs(axis.x(op.timeNanos()) - mx);
                if (d < bestD) {
                    bestD = d;
                    best = op;
                }
            }
        }
        return best;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
