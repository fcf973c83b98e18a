package org.proclab.ui.lesson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Java syntax colouring as CSS style classes (keyword, type, string, number, comment, annotation). */
public final class JavaHighlighter {
    /** A coloured stretch of text: [start, end) with one style class. */
    public record Span(int start, int end, String styleClass) {
    }

    private static final String[] KEYWORDS = {
        "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
        "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
        "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
        "protected", "public", "record", "return", "short", "static", "strictfp", "super", "switch",
        "synchronized", "this", "throw", "throws", "transient", "try", "var", "void", "volatile", "while",
        "true", "false", "null", "yield", "sealed", "permits"
    };

    private static final Pattern PATTERN = Pattern.compile(
            "(?<COMMENT>//[^\\n]*|/\\*(?s:.*?)\\*/)"
            + "|(?<TEXTBLOCK>\"\"\"(?s:.*?)\"\"\")"
            + "|(?<STRING>\"(?:[^\"\\\\\\n]|\\\\.)*\")"
            + "|(?<CHAR>'(?:[^'\\\\\\n]|\\\\.)+')"
            + "|(?<ANNOTATION>@[A-Za-z_][A-Za-z0-9_.]*)"
            + "|(?<KEYWORD>\\b(?:" + String.join("|", KEYWORDS) + ")\\b)"
            + "|(?<NUMBER>\\b(?:0[xX][0-9a-fA-F_]+|\\d[\\d_]*(?:\\.\\d[\\d_]*)?(?:[eE][+-]?\\d+)?)[lLdDfF]?\\b)"
            + "|(?<TYPE>\\b[A-Z][A-Za-z0-9_]*\\b)");

    private JavaHighlighter() {
    }

    public static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end(), styleOf(m)));
        }
        return spans;
    }

    private static String styleOf(Matcher m) {
        if (m.group("COMMENT") != null) {
            return "comment";
        }
        if (m.group("TEXTBLOCK") != null || m.group("STRING") != null || m.group("CHAR") != null) {
            return "string";
        }
        if (m.group("ANNOTATION") != null) {
            return "annotation";
        }
        if (m.group("KEYWORD") != null) {
            return "keyword";
        }
        if (m.group("NUMBER") != null) {
            return "number";
        }
        return "type";
    }

    /** The same colouring as RichTextFX style spans covering the whole text. */
    public static StyleSpans<Collection<String>> styleSpans(String text) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int last = 0;
        for (Span s : spans(text)) {
            builder.add(Collections.emptyList(), s.start() - last);
            builder.add(Collections.singleton(s.styleClass()), s.end() - s.start());
            last = s.end();
        }
        builder.add(Collections.emptyList(), text.length() - last);
        return builder.create();
    }
}
