package org.proclab.ui.python;

import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.proclab.python.PythonLineMap;

/**
 * Ties the Java code and the Python code of one chapter together through its {@link PythonLineMap}: the line
 * under the mouse (or, when the mouse is elsewhere, the caret's line) in one of them marks the lines that do
 * the same in the other. The marks are the paragraph style class {@code mapped-line}.
 */
public final class LineMapLink {
    static final String MAPPED = "mapped-line";

    private final GenericStyledArea<Collection<String>, ?, ?> java;
    private final GenericStyledArea<Collection<String>, ?, ?> python;
    private final LineMarks javaMarks;
    private final LineMarks pythonMarks;
    private PythonLineMap map;

    public LineMapLink(GenericStyledArea<Collection<String>, ?, ?> java,
                       GenericStyledArea<Collection<String>, ?, ?> python) {
        this.java = java;
        this.python = python;
        this.javaMarks = new LineMarks(java, MAPPED);
        this.pythonMarks = new LineMarks(python, MAPPED);
        java.currentParagraphProperty().addListener((obs, a, p) -> fromJava(p + 1));
        python.currentParagraphProperty().addListener((obs, a, p) -> fromPython(p + 1));
        java.addEventHandler(MouseEvent.MOUSE_MOVED, e -> fromJava(lineAt(java, e)));
        python.addEventHandler(MouseEvent.MOUSE_MOVED, e -> fromPython(lineAt(python, e)));
        java.addEventHandler(MouseEvent.MOUSE_EXITED, e -> fromJava(java.getCurrentParagraph() + 1));
        python.addEventHandler(MouseEvent.MOUSE_EXITED, e -> fromPython(python.getCurrentParagraph() + 1));
    }

    /** A new chapter's map (null: no Python counterpart); the old marks go. */
    public void setMap(PythonLineMap lineMap) {
        map = lineMap;
        javaMarks.clear();
        pythonMarks.clear();
    }

    /** Points at Java line {@code line} (1-based): marks the Python lines that do the same. */
    public void fromJava(int line) {
        point(line, map == null ? null : map::pythonLinesFor, pythonMarks, javaMarks);
    }

    /** Points at Python line {@code line} (1-based): marks the Java lines that do the same. */
    public void fromPython(int line) {
        point(line, map == null ? null : map::javaLinesFor, javaMarks, pythonMarks);
    }

    private static void point(int line, IntFunction<List<Integer>> counterpart, LineMarks there, LineMarks here) {
        List<Integer> lines = counterpart == null || line < 1 ? List.of() : counterpart.apply(line);
        there.show(lines, true);
        here.show(lines.isEmpty() ? List.of() : List.of(line), false);
    }

    /** The Python lines marked now. */
    public List<Integer> markedPythonLines() {
        return pythonMarks.marked();
    }

    /** The Java lines marked now. */
    public List<Integer> markedJavaLines() {
        return javaMarks.marked();
    }

    private static int lineAt(GenericStyledArea<Collection<String>, ?, ?> area, MouseEvent e) {
        int offset = area.hit(e.getX(), e.getY()).getInsertionIndex();
        return area.offsetToPosition(offset, TwoDimensional.Bias.Forward).getMajor() + 1;
    }
}
