package org.proclab.ui.lesson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.proclab.compile.CompileProblem;

/**
 * The editor's character styles in layers: Java colouring underneath, then compile errors (underlined), then
 * the bracket pair at the caret. Each layer is a style-class set per character; layers add classes.
 */
final class CodeStyler {
    private CodeStyler() {
    }

    /** The colouring with error ranges and the bracket positions (-1 for none) laid over it. */
    static StyleSpans<Collection<String>> combine(StyleSpans<Collection<String>> colours, int length,
                                                  List<CompileProblem> problems, int bracketA, int bracketB) {
        StyleSpans<Collection<String>> spans = colours;
        if (!problems.isEmpty()) {
            spans = spans.overlay(errorSpans(length, problems), CodeStyler::union);
        }
        if (bracketA >= 0 && bracketB >= 0 && bracketA < length && bracketB < length) {
            spans = spans.overlay(marks(length, Math.min(bracketA, bracketB), Math.max(bracketA, bracketB),
                    "bracket-match"), CodeStyler::union);
        }
        return spans;
    }

    private static Collection<String> union(Collection<String> a, Collection<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    /** Where the compiler placed each error; an error without a range marks the rest of its line. */
    static StyleSpans<Collection<String>> errorSpans(int length, List<CompileProblem> problems) {
        List<long[]> ranges = new ArrayList<>();
        for (CompileProblem p : problems) {
            long start = Math.max(0, Math.min(length, p.start()));
            long end = Math.max(start, Math.min(length, p.end()));
            if (end == start) {
                end = Math.min(length, start + 1);
            }
            ranges.add(new long[] {start, end});
        }
        ranges.sort((x, y) -> Long.compare(x[0], y[0]));
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        long at = 0;
        for (long[] r : ranges) {
            if (r[1] <= at) {
                continue;
            }
            long start = Math.max(at, r[0]);
            b.add(Collections.emptyList(), (int) (start - at));
            b.add(Collections.singleton("compile-error"), (int) (r[1] - start));
            at = r[1];
        }
        b.add(Collections.emptyList(), (int) (length - at));
        return b.create();
    }

    private static StyleSpans<Collection<String>> marks(int length, int first, int second, String style) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        b.add(Collections.emptyList(), first);
        b.add(Collections.singleton(style), 1);
        if (second > first) {
            b.add(Collections.emptyList(), second - first - 1);
            b.add(Collections.singleton(style), 1);
        }
        b.add(Collections.emptyList(), length - Math.max(first, second) - 1);
        return b.create();
    }
}
