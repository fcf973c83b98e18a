package org.proclab.viz.speed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.proclab.viz.chart.ChartCanvas;

/** Speed-up over plain against problem size n (one point per swept n, n on a log scale), 1× dashed. */
public final class SweepChart extends ChartCanvas {
    private static final double LEFT = 44;
    private static final double RIGHT = 16;
    private static final double TOP = 10;
    private static final double BOTTOM = 24;

    private SpeedModel model;

    public SweepChart() {
        getStyleClass().add("sweep-chart");
    }

    public void show(SpeedModel m) {
        model = m;
        invalidate();
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        if (model == null || model.sweep().isEmpty()) {
            return;
        }
        List<Long> ns = new ArrayList<>(model.sweep().keySet());
        double maxUp = 1.2;
        for (Map<SpeedModel.Way, Double> times : model.sweep().values()) {
            for (SpeedModel.Way way : new SpeedModel.Way[] {SpeedModel.Way.THREADS, SpeedModel.Way.PROCESSES}) {
                OptionalDouble up = SpeedModel.speedUp(times, way);
                if (up.isPresent()) {
                    maxUp = Math.max(maxUp, up.getAsDouble() * 1.1);
                }
            }
        }
        maxUp = Math.ceil(maxUp * 2) / 2;
        double plotW = Math.max(1, w - LEFT - RIGHT);
        double plotH = Math.max(1, h - TOP - BOTTOM);
        double logMin = Math.log10(ns.get(0));
        double logMax = Math.log10(ns.get(ns.size() - 1));
        g.setFont(font(10.5));
        g.setLineWidth(1);
        double yStep = maxUp <= 2 ? 0.5 : 1;
        for (double v = 0; v <= maxUp + 1e-9; v += yStep) {
            double y = TOP + plotH * (1 - v / maxUp);
            g.setStroke(gridColor());
            if (Math.abs(v - 1) < 1e-9) {
                g.setStroke(mutedColor());
                g.setLineDashes(5, 4);
            }
            g.strokeLine(LEFT, Math.floor(y) + 0.5, LEFT + plotW, Math.floor(y) + 0.5);
            g.setLineDashes((double[]) null);
            g.setFill(mutedColor());
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(String.format(Locale.ROOT, "%s×", trim(v)), LEFT - 6, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double[] xs = new double[ns.size()];
        for (int i = 0; i < ns.size(); i++) {
            xs[i] = logMax > logMin ? LEFT + plotW * (Math.log10(ns.get(i)) - logMin) / (logMax - logMin)
                    : LEFT + plotW / 2;
            g.setFill(mutedColor());
            g.fillText("n=" + shortNumber(ns.get(i)), Math.min(Math.max(xs[i], LEFT + 20), LEFT + plotW - 20),
                    TOP + plotH + 6);
        }
        line(g, ns, xs, SpeedModel.Way.THREADS, seriesColor(1), maxUp, plotH);
        line(g, ns, xs, SpeedModel.Way.PROCESSES, seriesColor(0), maxUp, plotH);
    }

    private void line(GraphicsContext g, List<Long> ns, double[] xs, SpeedModel.Way way, Color color, double maxUp,
                      double plotH) {
        g.setStroke(color);
        g.setFill(color);
        g.setLineWidth(2);
        double px = Double.NaN;
        double py = Double.NaN;
        for (int i = 0; i < ns.size(); i++) {
            OptionalDouble up = SpeedModel.speedUp(model.sweep().get(ns.get(i)), way);
            if (up.isEmpty()) {
                continue;
            }
            double y = TOP + plotH * (1 - up.getAsDouble() / maxUp);
            if (!Double.isNaN(px)) {
                g.strokeLine(px, py, xs[i], y);
            }
            g.fillOval(xs[i] - 3.5, y - 3.5, 7, 7);
            px = xs[i];
            py = y;
        }
    }

    static String shortNumber(long n) {
        if (n >= 1_000_000_000 && n % 1_000_000_000 == 0) {
            return n / 1_000_000_000 + "G";
        }
        if (n >= 1_000_000 && n % 1_000_000 == 0) {
            return n / 1_000_000 + "M";
        }
        if (n >= 1_000 && n % 1_000 == 0) {
            return n / 1_000 + "k";
        }
        return Long.toString(n);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
