package org.proclab.ui.lesson;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.proclab.ui.code.RegexHighlighting;

/** Java syntax colouring as CSS style classes (keyword, type, string, number, comment, annotation). */
public final class JavaHighlighter {
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

    public static List<RegexHighlighting.Span> spans(String text) {
        return RegexHighlighting.spans(PATTERN, text, JavaHighlighter::styleOf);
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
        return RegexHighlighting.styleSpans(spans(text), text.length());
    }
}
