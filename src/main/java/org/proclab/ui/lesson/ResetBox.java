package org.proclab.ui.lesson;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.proclab.ui.session.LineDiff;
import org.proclab.ui.text.UiText;

/** "Reset to original", asked first: what changed (a small line diff), then Reset or Keep my code. */
final class ResetBox extends VBox {
    static final int MAX_LINES = 12;

    private final UiText text;
    private final Label heading = new Label();
    private final Label diff = new Label();
    private final Button confirm = new Button();
    private final Button keep = new Button();

    ResetBox(UiText text, Runnable onReset) {
        this.text = text;
        setId("reset-box");
        getStyleClass().add("exercise-task");
        diff.setId("reset-diff");
        diff.getStyleClass().add("code-diff");
        confirm.setId("reset-confirm");
        confirm.textProperty().bind(text.bind("editor.reset.confirm"));
        confirm.setOnAction(e -> {
            hide();
            onReset.run();
        });
        keep.setId("reset-keep");
        keep.textProperty().bind(text.bind("editor.reset.keep"));
        keep.setOnAction(e -> hide());
        HBox buttons = new HBox(6, confirm, keep);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, diff, buttons);
        hide();
    }

    void show(List<LineDiff.Line> changes) {
        heading.setText(text.format("editor.reset.changes", changes.size()));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(MAX_LINES, changes.size()); i++) {
            LineDiff.Line l = changes.get(i);
            int n = l.kind() == '-' ? l.originalLine() : l.editedLine();
            b.append(l.kind()).append(String.format(" %3d  ", n)).append(l.text().strip()).append('\n');
        }
        if (changes.size() > MAX_LINES) {
            b.append("\u2026 +").append(changes.size() - MAX_LINES);
        }
        diff.setText(b.toString().stripTrailing());
        setVisible(true);
        setManaged(true);
    }

    void hide() {
        setVisible(false);
        setManaged(false);
    }
}
