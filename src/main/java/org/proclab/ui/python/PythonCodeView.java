package org.proclab.ui.python;

import java.util.List;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.proclab.ui.theme.UiFonts;

/** A chapter's Python script: read-only, line numbers, Python colouring, and the line a run's exception hit. */
public final class PythonCodeView extends StackPane {
    static final String ERROR_LINE = "error-line";

    private final CodeArea area = new CodeArea();
    private final LineMarks errorMarks = new LineMarks(area, ERROR_LINE);

    public PythonCodeView() {
        getStyleClass().addAll("code-view", "python-code");
        area.setId("python-code-area");
        area.getStyleClass().add("python-code-area");
        area.setEditable(false);
        area.setWrapText(false);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setStyle(UiFonts.monoStyle());
        getChildren().add(new VirtualizedScrollPane<>(area));
    }

    public void setSource(String source) {
        String text = source == null ? "" : source.replace("\r\n", "\n").replace("\t", "    ");
        errorMarks.clear();
        area.replaceText(text);
        area.moveTo(0);
        area.requestFollowCaret();
        // The scripts are a few kilobytes: colouring them takes well under a millisecond.
        area.setStyleSpans(0, PythonHighlighter.styleSpans(text));
    }

    /** Marks the line (1-based) where a Python run raised, and shows it; 0 or less clears the mark. */
    public void markError(int line) {
        errorMarks.show(line > 0 ? List.of(line) : List.of(), true);
    }

    /** The marked exception line, or -1. */
    public int errorLine() {
        return errorMarks.marked().isEmpty() ? -1 : errorMarks.marked().get(0);
    }

    public String getSource() {
        return area.getText();
    }

    public CodeArea area() {
        return area;
    }
}
