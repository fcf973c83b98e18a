package org.proclab.ui.lesson;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.proclab.compile.CompileProblem;

/** Line numbers with a mark beside each line that has a compile error (its message as the tooltip). */
final class CodeGutter implements IntFunction<Node> {
    private final IntFunction<Node> numbers;
    private final Map<Integer, String> messages = new HashMap<>();

    CodeGutter(CodeArea area, List<CompileProblem> problems) {
        this.numbers = LineNumberFactory.get(area);
        for (CompileProblem p : problems) {
            messages.merge((int) p.line(), p.message(), (a, b) -> a + "\n" + b);
        }
    }

    @Override
    public Node apply(int paragraph) {
        Label mark = new Label();
        mark.getStyleClass().add("gutter-mark");
        String message = messages.get(paragraph + 1);
        if (message != null) {
            mark.setText("\u25CF");
            mark.getStyleClass().add("gutter-error");
            mark.setId("gutter-error-" + (paragraph + 1));
            mark.setTooltip(new Tooltip(message));
        }
        HBox box = new HBox(numbers.apply(paragraph), mark);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
