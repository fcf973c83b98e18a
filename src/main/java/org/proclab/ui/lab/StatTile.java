package org.proclab.ui.lab;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A big number with a caption ("Expected 40"); {@code :good} / {@code :bad} colour it. */
final class StatTile extends VBox {
    private static final PseudoClass GOOD = PseudoClass.getPseudoClass("good");
    private static final PseudoClass BAD = PseudoClass.getPseudoClass("bad");

    private final Label value = new Label("–");
    private final Label caption = new Label();
    private final Label detail = new Label();

    StatTile(String id, ObservableValue<String> captionText) {
        getStyleClass().add("stat-tile");
        value.getStyleClass().add("stat-value");
        value.setId(id);
        caption.getStyleClass().add("stat-caption");
        caption.textProperty().bind(captionText);
        detail.getStyleClass().add("stat-detail");
        getChildren().addAll(caption, value, detail);
    }

    void set(String number, String detailText, Boolean good) {
        value.setText(number == null ? "–" : number);
        detail.setText(detailText == null ? "" : detailText);
        pseudoClassStateChanged(GOOD, Boolean.TRUE.equals(good));
        pseudoClassStateChanged(BAD, Boolean.FALSE.equals(good));
    }

    String value() {
        return value.getText();
    }
}
