package org.proclab.ui.code;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * What the Java and Python highlighters share: one pattern with a named group per kind of token, each match
 * becoming a span with a CSS style class, and the spans turned into RichTextFX style spans over the whole text.
 * The languages differ only in their pattern and in which group names which class.
 */
public final class RegexHighlighting {
    /** A coloured stretch of text: [start, end) with one style class. */
    public record Span(int start, int end, String styleClass) {
    }

    private RegexHighlighting() {
    }

    public static List<Span> spans(Pattern pattern, String text, Function<Matcher, String> styleOf) {
        List<Span> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end(), styleOf.apply(m)));
        }
        return spans;
    }

    public static StyleSpans<Collection<String>> styleSpans(List<Span> spans, int length) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int last = 0;
        for (Span s : spans) {
            builder.add(Collections.emptyList(), s.start() - last);
            builder.add(Collections.singleton(s.styleClass()), s.end() - s.start());
            last = s.end();
        }
        builder.add(Collections.emptyList(), length - last);
        return builder.create();
    }
}
