package org.proclab.viz.pool;

import java.util.List;
import java.util.function.ToIntFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.proclab.viz.chart.ChartCanvas;
import org.proclab.viz.chart.TimeAxis;

/** Which worker ran which task when: one row per pool worker, one bar per task from start to finish. */
public final class PoolTaskChart extends ChartCanvas {
    private static final double LEFT = 124;
    private static final double RIGHT = 14;
    private static final double TOP = 6;
    private static final double BOTTOM = 22;

    private PoolTasksModel model;
    private long zeroNanos;
    private ToIntFunction<String> colorIndex = w -> 0;

    public PoolTaskChart() {
        getStyleClass().add("pool-task-chart");
    }

    public void show(PoolTasksModel m, long zero) {
        model = m;
        zeroNanos = zero;
        invalidate();
    }

    public void setColorIndex(ToIntFunction<String> f) {
        colorIndex = f;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        if (model == null || model.tasks().isEmpty()) {
            return;
        }
        List<String> workers = model.workers();
        long from = Math.min(zeroNanos, model.firstNanos());
        long to = Math.max(model.lastNanos(), from + 1_000_000);
        long pad = (to - from) / 40;
        TimeAxis axis = new TimeAxis(from, from - pad, to + pad, LEFT, Math.max(1, w - LEFT - RIGHT));
        double plotH = Math.max(1, h - TOP - BOTTOM);
        double rowH = Math.min(56, plotH / Math.max(1, workers.size()));
        // Few workers in a tall chart: centre the rows instead of leaving a gap under them.
        double top = TOP + Math.max(0, (plotH - rowH * workers.size()) / 2);
        double step = axis.stepMillis(6);
        g.setFont(font(10.5));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double ms : axis.ticksMillis(6)) {
            double x = Math.floor(axis.xOfMillis(ms)) + 0.5;
            g.setStroke(gridColor());
            g.setLineWidth(1);
            g.strokeLine(x, top, x, top + rowH * workers.size());
            g.setFill(mutedColor());
            g.fillText(TimeAxis.label(ms, step), x, top + rowH * workers.size() + 5);
        }
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < workers.size(); i++) {
            double y = top + rowH * i;
            Color color = seriesColor(colorIndex.applyAsInt(workers.get(i)));
            g.setFill(color);
            g.fillOval(10, y + rowH / 2 - 4, 8, 8);
            g.setFill(textColor());
            g.setFont(font(11.5));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(clip(workers.get(i), 15), 24, y + rowH / 2);
        }
        g.setFont(boldFont(10.5));
        for (PoolTaskSpan t : model.tasks()) {
            int row = workers.indexOf(t.worker());
            if (row < 0 || t.startedNanos() < 0) {
                continue;
            }
            long end = t.finishedNanos() >= 0 ? t.finishedNanos() : model.lastNanos();
            double x0 = axis.x(t.startedNanos());
            double x1 = Math.max(x0 + 3, axis.x(end));
            double y = top + rowH * row + rowH * 0.18;
            double bh = rowH * 0.64;
            Color color = Boolean.FALSE.equals(t.ok()) ? badColor() : seriesColor(colorIndex.applyAsInt(t.worker()));
            g.setFill(t.ok() == null ? color.deriveColor(0, 1, 1, 0.45) : color);
            g.fillRoundRect(x0, y, x1 - x0, bh, 5, 5);
            String label = "#" + t.index();
            if (x1 - x0 > label.length() * 7 + 6) {
                g.setFill(Color.WHITE);
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(label, (x0 + x1) / 2, y + bh / 2);
            }
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
