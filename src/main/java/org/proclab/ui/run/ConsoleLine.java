package org.proclab.ui.run;

import java.util.List;

/**
 * One line of the console.
 *
 * @param worker  who printed it ("main", "worker-1"), or null for the app's own notes
 * @param kind    where it came from
 * @param text    the line as written (a note: in the language on screen when it was written)
 * @param message for the app's own notes, the text key behind {@code text}, so the console can say it again
 *                in another language; null for what a process printed
 */
public record ConsoleLine(long timeNanos, String worker, long pid, Kind kind, String text, Message message) {

    public enum Kind { STDOUT, STDERR, WARNING, NOTE }

    /** A line with no text key behind it. */
    public ConsoleLine(long timeNanos, String worker, long pid, Kind kind, String text) {
        this(timeNanos, worker, pid, kind, text, null);
    }

    /** A text key with its arguments, and data appended as it is (such as "  lock=none  delay=50"). */
    public record Message(String key, List<Object> args, String suffix) {
        public Message {
            args = List.copyOf(args);
            suffix = suffix == null ? "" : suffix;
        }
    }
}
