package org.proclab.ui.lesson;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;
import org.proclab.ui.text.UiText;

/** Ctrl+F in the editor: a field, next / previous, Esc closes; the match is selected (case-insensitive). */
final class FindBar extends HBox {
    private final CodeArea area;
    private final TextField field = new TextField();
    private final Label count = new Label();

    FindBar(CodeArea area, UiText text) {
        this.area = area;
        getStyleClass().add("find-bar");
        setId("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        field.setId("find-field");
        field.promptTextProperty().bind(text.bind("editor.find"));
        Button next = new Button("\u2193");
        next.setOnAction(e -> find(true));
        Button previous = new Button("\u2191");
        previous.setOnAction(e -> find(false));
        Button close = new Button("\u2715");
        close.setOnAction(e -> close());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                find(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        field.textProperty().addListener((obs, a, b) -> find(true, area.getSelection().getStart()));
        getChildren().addAll(field, next, previous, count, close);
        setVisible(false);
        setManaged(false);
    }

    void open() {
        setVisible(true);
        setManaged(true);
        if (!area.getSelectedText().isEmpty() && !area.getSelectedText().contains("\n")) {
            field.setText(area.getSelectedText());
        }
        field.requestFocus();
        field.selectAll();
    }

    void close() {
        setVisible(false);
        setManaged(false);
        area.requestFocus();
    }

    private void find(boolean forward) {
        find(forward, forward ? area.getSelection().getEnd() : area.getSelection().getStart());
    }

    /** Selects the next (or previous) match from {@code from}, wrapping around. */
    private void find(boolean forward, int from) {
        String needle = field.getText().toLowerCase(Locale.ROOT);
        String hay = area.getText().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            count.setText("");
            return;
        }
        int at = forward ? hay.indexOf(needle, from) : hay.lastIndexOf(needle, from - 1);
        if (at < 0) {
            at = forward ? hay.indexOf(needle) : hay.lastIndexOf(needle);
        }
        if (at < 0) {
            count.setText("0");
            return;
        }
        count.setText("");
        area.selectRange(at, at + needle.length());
        area.requestFollowCaret();
    }

    TextField field() {
        return field;
    }
}
