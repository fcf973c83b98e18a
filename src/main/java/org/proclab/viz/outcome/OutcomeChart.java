package org.proclab.viz.outcome;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.proclab.lesson.outcome.Grade;
import org.proclab.lesson.outcome.OutcomeHistogram.Bar;
import org.proclab.viz.chart.ChartCanvas;
import org.proclab.viz.outcome.OutcomeBins.Bin;

/**
 * One series of an outcome histogram: a bar per final value (or range of values), its height the number of
 * runs, coloured by grade (expected green, interesting amber, forbidden red and labelled as a bug), with the
 * count and percentage above it and the value below.
 */
public final class OutcomeChart extends ChartCanvas {
    /** Each bar gets at least this many pixels, so its count and value can be read. */
    static final double MIN_SLOT = 46;
    private static final double TOP = 30;
    private static final double BOTTOM = 22;
    private static final double SIDE = 6;

    private List<Bar> bars = List.of();
    private List<Bin> bins = List.of();
    private String emptyText = "";
    private String bugText = "bug";

    public OutcomeChart() {
        getStyleClass().add("outcome-chart");
        setMinHeight(110);
    }

    /** The outcomes to draw; how many share a bar depends on the width, so binning happens when drawing. */
    public void show(List<Bar> shown) {
        bars = List.copyOf(shown);
        invalidate();
    }

    public void setTexts(String empty, String bug) {
        emptyText = empty;
        bugText = bug;
        invalidate();
    }

    /** The bars as last drawn. */
    public List<Bin> bins() {
        return bins;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        bins = OutcomeBins.of(bars, Math.max(3, (int) ((w - 2 * SIDE) / MIN_SLOT)));
        double plotH = Math.max(1, h - TOP - BOTTOM);
        double base = TOP + plotH;
        g.setStroke(gridColor());
        g.setLineWidth(1);
        g.strokeLine(SIDE, Math.floor(base) + 0.5, w - SIDE, Math.floor(base) + 0.5);
        if (bins.isEmpty()) {
            g.setFill(mutedColor());
            g.setFont(font(12));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(emptyText, w / 2, TOP + plotH / 2);
            return;
        }
        int most = bins.stream().mapToInt(Bin::count).max().orElse(1);
        double slot = (w - 2 * SIDE) / bins.size();
        double barW = Math.max(3, Math.min(64, slot * 0.7));
        boolean roomForLabels = slot >= MIN_SLOT - 8;
        for (int i = 0; i < bins.size(); i++) {
            Bin b = bins.get(i);
            double cx = SIDE + slot * (i + 0.5);
            double barH = Math.max(2, plotH * b.count() / most);
            Color c = color(b.grade());
            g.setFill(c);
            g.fillRoundRect(cx - barW / 2, base - barH, barW, barH, 4, 4);
            g.setTextAlign(TextAlignment.CENTER);
            if (roomForLabels || b.grade() != Grade.INTERESTING) {
                g.setTextBaseline(VPos.BOTTOM);
                g.setFill(textColor());
                g.setFont(boldFont(11));
                g.fillText(Integer.toString(b.count()), cx, base - barH - 12);
                g.setFill(mutedColor());
                g.setFont(font(10));
                g.fillText(String.format(Locale.ROOT, "%.0f %%", b.percent()), cx, base - barH - 1);
                g.setTextBaseline(VPos.TOP);
                g.setFill(b.grade() == Grade.FORBIDDEN ? badColor() : mutedColor());
                g.setFont(b.grade() == Grade.INTERESTING ? font(10) : boldFont(10));
                String label = b.grade() == Grade.FORBIDDEN ? b.label() + " " + bugText : b.label();
                g.fillText(label, cx, base + 4, Math.max(slot - 2, 20));
            }
        }
    }

    private Color color(Grade grade) {
        switch (grade) {
            case EXPECTED:
                return goodColor();
            case INTERESTING:
                return warnColor();
            default:
                return badColor();
        }
    }
}
