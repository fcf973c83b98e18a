package org.proclab.ui.lesson;

/** Finds the bracket that pairs with the one at or just before the caret; plain text scan, good enough for examples. */
final class Brackets {
    private static final String OPEN = "([{";
    private static final String CLOSE = ")]}";

    private Brackets() {
    }

    /** {@code {bracket, partner}} offsets, or null when the caret is not beside a bracket with a partner. */
    static int[] pairAt(String text, int caret) {
        for (int pos : new int[] {caret - 1, caret}) {
            if (pos < 0 || pos >= text.length()) {
                continue;
            }
            char c = text.charAt(pos);
            int open = OPEN.indexOf(c);
            int close = CLOSE.indexOf(c);
            if (open >= 0) {
                int partner = scan(text, pos, 1, c, CLOSE.charAt(open));
                return partner < 0 ? null : new int[] {pos, partner};
            }
            if (close >= 0) {
                int partner = scan(text, pos, -1, c, OPEN.charAt(close));
                return partner < 0 ? null : new int[] {pos, partner};
            }
        }
        return null;
    }

    private static int scan(String text, int from, int step, char self, char partner) {
        int depth = 0;
        for (int i = from; i >= 0 && i < text.length(); i += step) {
            char c = text.charAt(i);
            if (c == self) {
                depth++;
            } else if (c == partner && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The indentation a new line after {@code line} gets: the same, one level more after an opening brace. */
    static String indentAfter(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        String indent = line.substring(0, n);
        String trimmed = line.strip();
        return trimmed.endsWith("{") || trimmed.endsWith("(") ? indent + "    " : indent;
    }
}
