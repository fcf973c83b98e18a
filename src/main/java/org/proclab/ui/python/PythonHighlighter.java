package org.proclab.ui.python;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Python syntax colouring as CSS style classes (keyword, builtin, string, number, comment, decorator); the
 * colours are in {@code python-code.css}. Triple-quoted strings may span lines; f-strings colour as strings.
 */
public final class PythonHighlighter {
    /** A coloured stretch of text: [start, end) with one style class. */
    public record Span(int start, int end, String styleClass) {
    }

    private static final String[] KEYWORDS = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"
    };

    private static final String[] BUILTINS = {
        "print", "range", "len", "sum", "int", "str", "float", "list", "dict", "set", "tuple", "enumerate",
        "zip", "map", "min", "max", "abs", "sorted", "isinstance", "super", "self", "object", "type"
    };

    private static final Pattern PATTERN = Pattern.compile(
            "(?<COMMENT>#[^\\n]*)"
            + "|(?<TRIPLE>[rbfuRBFU]{0,2}(?:\"\"\"(?s:.*?)\"\"\"|'''(?s:.*?)'''))"
            + "|(?<STRING>[rbfuRBFU]{0,2}(?:\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'))"
            + "|(?<DECORATOR>(?m:^\\s*@[A-Za-z_][A-Za-z0-9_.]*))"
            + "|(?<KEYWORD>\\b(?:" + String.join("|", KEYWORDS) + ")\\b)"
            + "|(?<BUILTIN>\\b(?:" + String.join("|", BUILTINS) + ")\\b)"
            + "|(?<NUMBER>\\b(?:0[xX][0-9a-fA-F_]+|\\d[\\d_]*(?:\\.\\d[\\d_]*)?(?:[eE][+-]?\\d+)?)[jJ]?\\b)");

    private PythonHighlighter() {
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
        if (m.group("TRIPLE") != null || m.group("STRING") != null) {
            return "string";
        }
        if (m.group("DECORATOR") != null) {
            return "decorator";
        }
        if (m.group("KEYWORD") != null) {
            return "keyword";
        }
        if (m.group("BUILTIN") != null) {
            return "builtin";
        }
        return "number";
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
