package org.proclab.python;

import org.proclab.runtime.event.Event;

/**
 * One line a traced Python process sent: an event, the CPU it ran on, or (from the runner) the exception that
 * ended the script. Exactly one of {@code event} and {@code error} is set.
 *
 * @param event the event, in the record the views already read
 * @param cpu   the CPU number the process was on when it sent the line; -1 when unknown
 * @param error the script's uncaught exception, or null
 */
public record TraceLine(Event event, int cpu, PythonError error) {

    static TraceLine of(Event event, int cpu) {
        return new TraceLine(event, cpu, null);
    }

    static TraceLine of(PythonError error) {
        return new TraceLine(null, -1, error);
    }
}
