package org.proclab.ui.python;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * One kind of line mark (a paragraph style class) in one code area. Adding and removing keeps the
 * paragraph's other classes, so the mapping mark and a stepped worker's line mark can sit on one line.
 */
final class LineMarks {
    private final GenericStyledArea<Collection<String>, ?, ?> area;
    private final String styleClass;
    private List<Integer> marked = List.of();

    LineMarks(GenericStyledArea<Collection<String>, ?, ?> area, String styleClass) {
        this.area = area;
        this.styleClass = styleClass;
    }

    /** Marks exactly these lines (1-based); the first one is scrolled into view when asked. */
    void show(List<Integer> lines, boolean reveal) {
        if (lines.equals(marked)) {
            return;
        }
        for (int line : marked) {
            restyle(line, false);
        }
        marked = List.copyOf(lines);
        for (int line : marked) {
            restyle(line, true);
        }
        if (reveal && !marked.isEmpty() && marked.get(0) <= area.getParagraphs().size()) {
            area.showParagraphInViewport(marked.get(0) - 1);
        }
    }

    void clear() {
        show(List.of(), false);
    }

    List<Integer> marked() {
        return marked;
    }

    private void restyle(int line, boolean on) {
        if (line < 1 || line > area.getParagraphs().size()) {
            return;
        }
        List<String> classes = new ArrayList<>(area.getParagraph(line - 1).getParagraphStyle());
        classes.remove(styleClass);
        if (on) {
            classes.add(styleClass);
        }
        area.setParagraphStyle(line - 1, classes);
    }
}
