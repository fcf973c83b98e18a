package org.proclab.ui.run;

/**
 * One line of the console.
 *
 * @param worker who printed it ("main", "worker-1"), or null for the app's own notes
 * @param kind   where it came from
 */
public record ConsoleLine(long timeNanos, String worker, long pid, Kind kind, String text) {

    public enum Kind { STDOUT, STDERR, WARNING, NOTE }
}
