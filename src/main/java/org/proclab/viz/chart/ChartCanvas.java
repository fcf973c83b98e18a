package org.proclab.viz.chart;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.util.Duration;

/**
 * A chart drawn on a canvas that fills this region. Its colours are CSS properties
 * ({@code -pl-chart-text}, {@code -pl-series-0} ...), so themes colour charts like every other node.
 * Subclasses draw in {@link #draw}; {@link #invalidate()} schedules one redraw for the next layout pass.
 */
public abstract class ChartCanvas extends Region {
    private static final StyleablePropertyFactory<ChartCanvas> FACTORY =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final int SERIES = 8;

    private final Canvas canvas = new Canvas();
    private final StyleableProperty<Color> text = color("textColor", "-pl-chart-text", Color.web("#333"));
    private final StyleableProperty<Color> muted = color("mutedColor", "-pl-chart-muted", Color.web("#777"));
    private final StyleableProperty<Color> grid = color("gridColor", "-pl-chart-grid", Color.web("#ddd"));
    private final StyleableProperty<Color> surface = color("surfaceColor", "-pl-chart-surface", Color.WHITE);
    private final StyleableProperty<Color> good = color("goodColor", "-pl-chart-good", Color.web("#009E73"));
    private final StyleableProperty<Color> bad = color("badColor", "-pl-chart-bad", Color.web("#D55E00"));
    private final StyleableProperty<Color> warn = color("warnColor", "-pl-chart-warn", Color.web("#E69F00"));
    @SuppressWarnings("unchecked")
    private final StyleableProperty<Color>[] series = new StyleableProperty[SERIES];
    private boolean dirty = true;
    /**
     * Busy runs change the data every frame; a chart repaints at most every 80 ms, and a chart that takes
     * long to draw (100,000 marks) waits five times its drawing time, so it never takes more than about a
     * sixth of the FX thread. It catches up once the data stops changing.
     */
    private static final long MIN_REDRAW_NANOS = 80_000_000;
    private long lastDrawNanos;
    private long lastDrawCost;
    private final PauseTransition catchUp = new PauseTransition(Duration.millis(100));

    protected ChartCanvas() {
        getStyleClass().add("chart-canvas");
        String[] defaults = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#999999"};
        for (int i = 0; i < SERIES; i++) {
            series[i] = color("series" + i, "-pl-chart-series-" + i, Color.web(defaults[i]));
        }
        getChildren().add(canvas);
        canvas.setManaged(false);
        catchUp.setOnFinished(e -> requestLayout());
    }

    private StyleableProperty<Color> color(String name, String css, Color initial) {
        StyleableProperty<Color> p = FACTORY.createStyleableColorProperty(this, name, css, c -> findColor(c, name),
                initial);
        // A colour change from a theme switch must repaint.
        ((ObservableValue<?>) p).addListener(o -> invalidate());
        return p;
    }

    // The factory's CSS metadata is shared by all charts: it must find the property of the chart it styles.
    private static StyleableProperty<Color> findColor(ChartCanvas c, String name) {
        switch (name) {
            case "textColor": return c.text;
            case "mutedColor": return c.muted;
            case "gridColor": return c.grid;
            case "surfaceColor": return c.surface;
            case "goodColor": return c.good;
            case "badColor": return c.bad;
            case "warnColor": return c.warn;
            default: return c.series[Integer.parseInt(name.substring("series".length()))];
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return FACTORY.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return FACTORY.getCssMetaData();
    }

    /** Asks for a redraw in the coming pulse (cheap to call many times). */
    public final void invalidate() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        boolean sized = false;
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
            sized = true;
        }
        if (dirty && w > 0 && h > 0) {
            long now = System.nanoTime();
            if (!sized && now - lastDrawNanos < Math.max(MIN_REDRAW_NANOS, 5 * lastDrawCost)) {
                catchUp.playFromStart();
                return;
            }
            lastDrawNanos = now;
            dirty = false;
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.clearRect(0, 0, w, h);
            draw(g, w, h);
            lastDrawCost = System.nanoTime() - now;
        }
    }

    protected abstract void draw(GraphicsContext g, double width, double height);

    protected Color textColor() {
        return text.getValue();
    }

    protected Color mutedColor() {
        return muted.getValue();
    }

    protected Color gridColor() {
        return grid.getValue();
    }

    protected Color surfaceColor() {
        return surface.getValue();
    }

    protected Color goodColor() {
        return good.getValue();
    }

    protected Color badColor() {
        return bad.getValue();
    }

    protected Color warnColor() {
        return warn.getValue();
    }

    /** The i-th colour of the colour-blind-safe series palette (cycles). */
    public Color seriesColor(int i) {
        return series[Math.floorMod(i, SERIES)].getValue();
    }

    protected static Font font(double size) {
        return Font.font(FontFamilies.sans(), size);
    }

    public static Font boldFont(double size) {
        return Font.font(FontFamilies.sans(), FontWeight.BOLD, size);
    }

    protected static Font monoFont(double size) {
        return Font.font(FontFamilies.mono(), size);
    }
}
