package org.proclab.ui.lesson;

/**
 * Lets {@code **粗体**} work next to full-width punctuation. CommonMark decides whether a {@code *} run may
 * open or close emphasis from the characters beside it: {@code **Queue（队列）**就是} cannot close, because
 * the run follows punctuation and precedes a letter, so the bold ran on to the next {@code **}. Chinese puts
 * no spaces around punctuation, so the rule misfires there. Before parsing, a zero-width mark is put
 * between a {@code *} run and full-width punctuation beside it; the parser then sees a letter on that side,
 * and {@link #strip} removes the mark from the text shown. Code spans and fenced code are left alone.
 */
final class CjkEmphasis {
    /** U+2063 INVISIBLE SEPARATOR: a format character, neither space nor punctuation to the parser. */
    static final char MARK = '\u2063';

    private CjkEmphasis() {
    }

    static String prepare(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        boolean inFence = false;
        String fence = "";
        for (String line : markdown.split("(?<=\n)", -1)) {
            String trimmed = line.stripLeading();
            if (inFence) {
                out.append(line);
                if (trimmed.startsWith(fence)) {
                    inFence = false;
                }
            } else if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = true;
                fence = trimmed.substring(0, 3);
                out.append(line);
            } else {
                markLine(line, out);
            }
        }
        return out.toString();
    }

    private static void markLine(String line, StringBuilder out) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') {
                int end = codeSpanEnd(line, i);
                out.append(line, i, end);
                i = end;
            } else if (c == '*') {
                int end = i;
                while (end < line.length() && line.charAt(end) == c) {
                    end++;
                }
                if (i > 0 && isFullWidthPunctuation(line.charAt(i - 1))) {
                    out.append(MARK);
                }
                out.append(line, i, end);
                if (end < line.length() && isFullWidthPunctuation(line.charAt(end))) {
                    out.append(MARK);
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
    }

    /** The end of the code span opened at {@code start}, or just past its backticks when none closes it. */
    private static int codeSpanEnd(String line, int start) {
        int ticks = start;
        while (ticks < line.length() && line.charAt(ticks) == '`') {
            ticks++;
        }
        String run = line.substring(start, ticks);
        int close = line.indexOf(run, ticks);
        while (close >= 0 && close + run.length() < line.length() && line.charAt(close + run.length()) == '`') {
            close = line.indexOf(run, close + run.length() + 1);
        }
        return close < 0 ? ticks : close + run.length();
    }

    /** （）「」，。：；！？、《》 and the like, and the curly quotes Chinese text uses; not the ideographic space. */
    static boolean isFullWidthPunctuation(char c) {
        boolean cjkSymbols = c > '\u3000' && c <= '\u303F';
        boolean fullWidthForms = c >= '\uFF01' && c <= '\uFF65' && !Character.isLetterOrDigit(c);
        boolean quotesAndDashes = c >= '\u2010' && c <= '\u2027';
        return cjkSymbols || fullWidthForms || quotesAndDashes;
    }

    static String strip(String text) {
        return text.indexOf(MARK) < 0 ? text : text.replace(String.valueOf(MARK), "");
    }
}
