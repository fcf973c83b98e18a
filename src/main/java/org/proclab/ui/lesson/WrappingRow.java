package org.proclab.ui.lesson;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A header row of two groups: a title on the left and tools on the right, on one line while both fit at
 * their preferred widths, and the tools on a second line, right-aligned, when they do not. A narrow window
 * then shows every label whole instead of cutting the file name or the buttons to an ellipsis.
 */
public final class WrappingRow extends Region {
    private final Node left;
    private final Node right;
    private double gap = 8;

    public WrappingRow(Node left, Node right) {
        this.left = left;
        this.right = right;
        getChildren().addAll(left, right);
    }

    /** Its height depends on its width: a parent must ask for the height at the width it gives. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    public void setGap(double gap) {
        this.gap = gap;
        requestLayout();
    }

    /** True when, at this width, the tools go to a second line. */
    boolean wraps(double width) {
        Insets in = getInsets();
        double room = width - in.getLeft() - in.getRight();
        return left.prefWidth(-1) + gap + right.prefWidth(-1) > room;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + Math.max(left.minWidth(-1), right.minWidth(-1)) + in.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + left.prefWidth(-1) + gap + right.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double l = left.prefHeight(-1);
        double r = right.prefHeight(-1);
        double lines = width > 0 && wraps(width) ? l + gap / 2 + r : Math.max(l, r);
        return in.getTop() + lines + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        double lw = Math.min(w, left.prefWidth(-1));
        double rw = Math.min(w, right.prefWidth(-1));
        if (wraps(getWidth())) {
            double lh = left.prefHeight(-1);
            layoutInArea(left, x, y, lw, lh, 0, HPos.LEFT, VPos.CENTER);
            double rh = right.prefHeight(-1);
            layoutInArea(right, x + w - rw, y + lh + gap / 2, rw, rh, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            layoutInArea(left, x, y, lw, h, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(right, x + w - rw, y, rw, h, 0, HPos.RIGHT, VPos.CENTER);
        }
    }
}
