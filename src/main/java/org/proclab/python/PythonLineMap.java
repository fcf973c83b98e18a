package org.proclab.python;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Java lines ↔ Python lines, resolved from text anchors when the chapter loads. An anchor must occur exactly once
 * in its file; one that is missing or ambiguous is left out and named in {@link #problems()}, so an edit
 * that breaks one pair costs only that pair.
 */
public final class PythonLineMap {
    /** One resolved anchor: both lines 1-based. */
    public record LinePair(int javaLine, int pythonLine) {
    }

    private final List<LinePair> pairs = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private PythonLineMap() {
    }

    public static PythonLineMap resolve(String javaSource, String pythonSource, List<LineAnchor> anchors) {
        PythonLineMap map = new PythonLineMap();
        String[] javaLines = javaSource.split("\n", -1);
        String[] pythonLines = pythonSource.split("\n", -1);
        for (LineAnchor anchor : anchors) {
            int javaLine = lineOf(javaLines, anchor.java(), "Java", map.problems);
            int pythonLine = lineOf(pythonLines, anchor.python(), "Python", map.problems);
            if (javaLine > 0 && pythonLine > 0) {
                map.pairs.add(new LinePair(javaLine, pythonLine));
            }
        }
        return map;
    }

    /**
     * The 1-based line where the text occurs, once; -1 (and a problem) when it occurs never or more often. An
     * anchor that begins with a space must begin its line, so indentation can tell two equal statements apart.
     */
    static int lineOf(String[] lines, String text, String language, List<String> problems) {
        int found = -1;
        int count = 0;
        boolean atLineStart = text.startsWith(" ");
        for (int i = 0; i < lines.length && !text.isEmpty(); i++) {
            int here = atLineStart ? (lines[i].startsWith(text) ? 1 : 0) : occurrences(lines[i], text);
            count += here;
            if (here > 0) {
                found = i + 1;
            }
        }
        if (count == 1) {
            return found;
        }
        problems.add(language + " anchor \"" + text + "\" " + (count == 0 ? "is not in the file" : "occurs " + count
                + " times; make it longer so it names one line"));
        return -1;
    }

    private static int occurrences(String line, String text) {
        int count = 0;
        for (int at = line.indexOf(text); at >= 0; at = line.indexOf(text, at + 1)) {
            count++;
        }
        return count;
    }

    /** The Python lines that do what this Java line does (one Java line may do the work of several). */
    public List<Integer> pythonLinesFor(int javaLine) {
        List<Integer> lines = new ArrayList<>();
        for (LinePair pair : pairs) {
            if (pair.javaLine() == javaLine && !lines.contains(pair.pythonLine())) {
                lines.add(pair.pythonLine());
            }
        }
        return lines;
    }

    public List<Integer> javaLinesFor(int pythonLine) {
        List<Integer> lines = new ArrayList<>();
        for (LinePair pair : pairs) {
            if (pair.pythonLine() == pythonLine && !lines.contains(pair.javaLine())) {
                lines.add(pair.javaLine());
            }
        }
        return lines;
    }

    /** Every resolved pair, in the map's order. */
    public List<LinePair> pairs() {
        return Collections.unmodifiableList(pairs);
    }

    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }
}
