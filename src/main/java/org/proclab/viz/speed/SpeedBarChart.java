package org.proclab.viz.speed;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.proclab.viz.chart.ChartCanvas;

/** Plain, threads and processes as horizontal bars of milliseconds, each with its speed-up over plain. */
public final class SpeedBarChart extends ChartCanvas {
    private static final double LEFT = 96;
    private static final double RIGHT = 110;

    private SpeedModel model;
    private Map<SpeedModel.Way, String> names = Map.of();

    public SpeedBarChart() {
        getStyleClass().add("speed-bar-chart");
    }

    public void show(SpeedModel m, Map<SpeedModel.Way, String> wayNames) {
        model = m;
        names = wayNames;
        invalidate();
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        if (model == null) {
            return;
        }
        double max = 0;
        for (SpeedModel.Way way : SpeedModel.Way.values()) {
            max = Math.max(max, model.millis(way).orElse(0));
        }
        if (max <= 0) {
            return;
        }
        SpeedModel.Way[] ways = SpeedModel.Way.values();
        double rowH = Math.min(38, (h - 8) / ways.length);
        double plotW = Math.max(1, w - LEFT - RIGHT);
        for (int i = 0; i < ways.length; i++) {
            double y = 4 + rowH * i;
            double cy = y + rowH / 2;
            g.setFont(font(12));
            g.setFill(textColor());
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(names.getOrDefault(ways[i], ways[i].name()), 8, cy);
            OptionalDouble ms = model.millis(ways[i]);
            if (ms.isEmpty()) {
                g.setFill(mutedColor());
                g.fillText("…", LEFT, cy);
                continue;
            }
            double bw = Math.max(2, plotW * ms.getAsDouble() / max);
            Color color = i == 0 ? mutedColor() : seriesColor(i == 1 ? 1 : 0);
            g.setFill(color);
            g.fillRoundRect(LEFT, y + rowH * 0.2, bw, rowH * 0.6, 6, 6);
            g.setFill(textColor());
            g.setFont(boldFont(12));
            String label = String.format(Locale.ROOT, "%,.0f ms", ms.getAsDouble());
            OptionalDouble up = model.speedUp(ways[i]);
            if (i > 0 && up.isPresent()) {
                label += String.format(Locale.ROOT, "   ×%.2f", up.getAsDouble());
            }
            g.fillText(label, LEFT + bw + 8, cy);
        }
    }
}
