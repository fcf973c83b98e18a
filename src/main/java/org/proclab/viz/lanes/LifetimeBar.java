package org.proclab.viz.lanes;

import javafx.scene.canvas.GraphicsContext;
import org.proclab.viz.chart.ChartCanvas;

/**
 * One process's life on the run's time axis: a striped amber stretch from spawn to the moment it runs its
 * target (what starting a JVM cost), then its lane colour until it exited (or until now), ticks at each
 * moment. All lanes share the axis, so the eye sees who started when and how long start-up took.
 */
public final class LifetimeBar extends ChartCanvas {
    private long from;
    private long to;
    private long spawned = -1;
    private long started = -1;
    private long exited = -1;
    private int colorIndex;

    public void setColorIndex(int i) {
        colorIndex = i;
        invalidate();
    }

    /** The axis spans {@code fromNanos..toNanos}; the process times are -1 when not known (yet). */
    public void show(long fromNanos, long toNanos, long spawnedNanos, long startedNanos, long exitedNanos) {
        if (fromNanos == from && toNanos == to && spawnedNanos == spawned && startedNanos == started
                && exitedNanos == exited) {
            return;
        }
        from = fromNanos;
        to = toNanos;
        spawned = spawnedNanos;
        started = startedNanos;
        exited = exitedNanos;
        invalidate();
    }

    private double x(long nanos, double w) {
        double span = Math.max(1, to - from);
        return Math.max(0, Math.min(w, (nanos - from) / span * w));
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        g.setFill(gridColor());
        g.fillRect(0, h / 2 - 0.5, w, 1);
        if (spawned < 0 || to <= from) {
            return;
        }
        double xs = x(spawned, w);
        double xr = started >= 0 ? x(started, w) : x(to, w);
        double xe = exited >= 0 ? x(exited, w) : x(to, w);
        g.setFill(warnColor().deriveColor(0, 1, 1, 0.35));
        g.fillRect(xs, 1, Math.max(1, xr - xs), h - 2);
        g.setStroke(warnColor());
        g.setLineWidth(1);
        // Stripes mark the waiting stretch without relying on its colour alone.
        for (double sx = xs - h; sx < xr; sx += 4) {
            double a = Math.max(xs, sx);
            double b = Math.min(xr, sx + h);
            if (b > a) {
                g.strokeLine(a, h - 1 - (a - sx), b, h - 1 - (b - sx));
            }
        }
        if (started >= 0) {
            g.setFill(seriesColor(colorIndex));
            g.fillRect(xr, 1, Math.max(1, xe - xr), h - 2);
        }
        g.setFill(textColor());
        g.fillRect(xs, 0, 1, h);
        if (exited >= 0) {
            g.fillRect(Math.max(0, xe - 1), 0, 1, h);
        }
    }
}
