package org.proclab.python;

import org.proclab.runtime.event.Event;

/**
 * What a Python run tells its watcher. Events come on several threads (one per traced process, one per output
 * pipe), as the Java runtime's do, so an implementation must be thread-safe; the views' queue-and-pump is.
 */
public interface PythonRunListener {

    /**
     * A traced event or a console line ({@link org.proclab.runtime.event.EventType#OUTPUT}).
     *
     * @param cpu the CPU the Python process was on when it sent the event; -1 when not known
     */
    void event(Event event, int cpu);

    /** Called once, after every Python process of the run has ended. */
    default void finished(PythonOutcome outcome) {
    }
}
