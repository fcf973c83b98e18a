package org.proclab.compile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file a source must be compiled as: javac requires a public top-level class to be in a file of its name,
 * so a learner's program that renames its class is compiled as {@code NewName.java}, exactly as
 * {@code proclab run NewName.java} would compile it.
 */
public final class SourceNames {
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final String NAME = "([A-Za-z_$][A-Za-z0-9_$]*)";
    private static final String KIND = "(?:class|interface|enum|record|@interface)\\s+";
    /** A top-level type starts at the beginning of a line (nested ones are indented in any sane layout). */
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*" + KIND + NAME, Pattern.MULTILINE);
    private static final Pattern ANY_TYPE = Pattern.compile(
            "^(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*" + KIND + NAME, Pattern.MULTILINE);

    private SourceNames() {
    }

    /** {@code Name.java} for the source's public top-level type, else its first top-level type, else fallback. */
    public static String fileName(String source, String fallback) {
        String code = COMMENTS.matcher(source).replaceAll(" ");
        Matcher m = PUBLIC_TYPE.matcher(code);
        if (m.find()) {
            return m.group(1) + ".java";
        }
        m = ANY_TYPE.matcher(code);
        return m.find() ? m.group(1) + ".java" : fallback;
    }
}
