package org.proclab.ui.python;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.proclab.ui.code.RegexHighlighting;

/**
 * Python syntax colouring as CSS style classes (keyword, builtin, string, number, comment, decorator); the
 * colours are in {@code python-code.css}. Triple-quoted strings may span lines; f-strings colour as strings.
 */
public final class PythonHighlighter {
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

    public static List<RegexHighlighting.Span> spans(String text) {
        return RegexHighlighting.spans(PATTERN, text, PythonHighlighter::styleOf);
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
        return RegexHighlighting.styleSpans(spans(text), text.length());
    }
}
