package org.proclab.compile;

/**
 * One compiler diagnostic, placed in the source.
 *
 * @param error   true for an error, false for a warning
 * @param line    1-based line, 0 when the compiler named none
 * @param column  1-based column, 0 when unknown
 * @param start   offset of the first character it is about, -1 when unknown
 * @param end     offset just past the last character, -1 when unknown
 * @param message the compiler's message, first line only
 */
public record CompileProblem(boolean error, long line, long column, long start, long end, String message) {

    /** As javac prints it: {@code FILE.java:LINE: error: message}. */
    public String format(String fileName) {
        return fileName + ":" + line + ": " + (error ? "error" : "warning") + ": " + message;
    }
}
