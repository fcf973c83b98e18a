package org.proclab.viz.cores;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.proclab.viz.chart.ChartCanvas;

/**
 * One line per logical core over the last minute, 0–100 %. Reads the {@link LoadHistory} the sampler thread
 * fills; repaints when a sample arrives while it is in a scene. No running animation: an indefinite Timeline
 * keeps JavaFX pulsing every frame, which costs an idle window several per cent of a core.
 */
public final class CoreLoadChart extends ChartCanvas {
    private static final double LEFT = 40;
    private static final double RIGHT = 10;
    private static final double TOP = 8;
    private static final double BOTTOM = 20;

    private final LoadHistory history;
    private final AtomicBoolean tickQueued = new AtomicBoolean();
    private boolean shown;
    private long drawnVersion = -1;
    private Runnable onNewSample = () -> { };
    /** When the runs' workers existed, epoch millis {from, to}; to = -1 while they still run. */
    private List<long[]> workerBands = List.of();
    private String bandLabel = "";

    public CoreLoadChart(LoadHistory history) {
        this.history = history;
        getStyleClass().add("core-load-chart");
        setMinHeight(90);
        sceneProperty().addListener((obs, before, scene) -> {
            shown = scene != null;
            if (shown) {
                history.setOnAdd(this::sampleArrived);
                tick();
            } else {
                history.setOnAdd(null);
            }
        });
    }

    /** Called after each repaint that showed a new sample (the legend updates its numbers then). */
    public void setOnNewSample(Runnable action) {
        onNewSample = action;
    }

    /** On the sampler's thread: one hop to the FX thread per sample, never a queue of them. */
    private void sampleArrived() {
        if (tickQueued.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                tickQueued.set(false);
                if (shown) {
                    tick();
                }
            });
        }
    }

    private void tick() {
        long v = history.version();
        if (v != drawnVersion) {
            drawnVersion = v;
            invalidate();
            onNewSample.run();
        }
    }

    /**
     * Marks when each recent run's workers existed (from the first start to the last exit), so load from
     * start-up or from other programs before them is not read as theirs.
     */
    public void setWorkerBands(List<long[]> bands, String label) {
        workerBands = List.copyOf(bands);
        bandLabel = label;
        invalidate();
    }

    public LoadHistory history() {
        return history;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        double plotW = Math.max(1, w - LEFT - RIGHT);
        double plotH = Math.max(1, h - TOP - BOTTOM);
        g.setFont(font(10.5));
        g.setLineWidth(1);
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = snap(TOP + plotH * (1 - pct / 100.0));
            g.setStroke(gridColor());
            g.strokeLine(LEFT, y, LEFT + plotW, y);
            if (pct % 50 == 0) {
                g.setFill(mutedColor());
                g.setTextAlign(TextAlignment.RIGHT);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(pct + " %", LEFT - 6, y);
            }
        }
        g.setTextBaseline(VPos.TOP);
        long span = history.spanMillis();
        for (int s = 0; s <= 60; s += 15) {
            double x = LEFT + plotW * (1 - s * 1000.0 / span);
            g.setTextAlign(s == 0 ? TextAlignment.RIGHT : s == 60 ? TextAlignment.LEFT : TextAlignment.CENTER);
            g.setFill(mutedColor());
            g.fillText(s == 0 ? "0 s" : "−" + s + " s", x, TOP + plotH + 5);
        }
        List<LoadHistory.Sample> samples = history.snapshot();
        if (samples.isEmpty()) {
            return;
        }
        long now = samples.get(samples.size() - 1).timeMillis();
        int cores = samples.get(samples.size() - 1).loads().length;
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP - 1, plotW, plotH + 2);
        g.clip();
        drawBands(g, now, span, plotW, plotH);
        for (int c = 0; c < cores; c++) {
            drawCore(g, samples, c, now, span, plotW, plotH);
        }
        g.restore();
    }

    private void drawBands(GraphicsContext g, long now, long span, double plotW, double plotH) {
        g.setFont(font(10.5));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (long[] band : workerBands) {
            long to = band[1] < 0 ? now : band[1];
            double x0 = LEFT + plotW * (1 - (now - band[0]) / (double) span);
            double x1 = LEFT + plotW * (1 - (now - to) / (double) span);
            if (x1 < LEFT) {
                continue;
            }
            g.setFill(goodColor().deriveColor(0, 1, 1, 0.13));
            g.fillRect(x0, TOP, Math.max(2, x1 - x0), plotH);
            g.setFill(goodColor());
            g.fillRect(x0, TOP, Math.max(2, x1 - x0), 2);
            if (x1 - x0 > 70) {
                g.fillText(bandLabel, Math.max(LEFT + 2, x0 + 3), TOP + 3);
            }
        }
    }

    private void drawCore(GraphicsContext g, List<LoadHistory.Sample> samples, int core, long now, long span,
                          double plotW, double plotH) {
        int n = 0;
        double[] xs = new double[samples.size() + 2];
        double[] ys = new double[samples.size() + 2];
        for (LoadHistory.Sample s : samples) {
            if (core >= s.loads().length) {
                continue;
            }
            xs[n] = LEFT + plotW * (1 - (now - s.timeMillis()) / (double) span);
            ys[n] = TOP + plotH * (1 - clamp(s.loads()[core]));
            n++;
        }
        if (n == 0) {
            return;
        }
        Color color = seriesColor(core);
        // A faint area under each line makes busy cores stand out without hiding the others.
        double[] fx = java.util.Arrays.copyOf(xs, n + 2);
        double[] fy = java.util.Arrays.copyOf(ys, n + 2);
        fx[n] = xs[n - 1];
        fy[n] = TOP + plotH;
        fx[n + 1] = xs[0];
        fy[n + 1] = TOP + plotH;
        g.setFill(color.deriveColor(0, 1, 1, 0.10));
        g.fillPolygon(fx, fy, n + 2);
        g.setStroke(color);
        g.setLineWidth(1.8);
        g.strokePolyline(xs, ys, n);
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }
}
