package org.proclab.ui.params;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A vertical scroll pane that asks for its content's full height at its own width (a plain ScrollPane asks
 * for the content's height at the content's preferred width, too short for wrapped text), and gives way when
 * its column is short, down to {@link #MIN_HEIGHT} (the code editor above needs the room more).
 */
final class FittingScrollPane extends ScrollPane {
    static final double MIN_HEIGHT = 96;

    FittingScrollPane(Node content) {
        super(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
        getStyleClass().add("fitting-scroll");
        setMinHeight(Region.USE_COMPUTED_SIZE);
    }

    /** The chips wrap: their height depends on the width, so a parent must ask at the width it gives. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth();
        double inner = w > 0 ? w - snappedLeftInset() - snappedRightInset() : -1;
        Node content = getContent();
        double h = content == null ? 0 : content.prefHeight(inner);
        return h + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.min(MIN_HEIGHT, computePrefHeight(width));
    }
}
