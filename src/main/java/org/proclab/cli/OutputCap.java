package org.proclab.cli;

import java.util.concurrent.atomic.AtomicLong;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/**
 * Passes a run's events to its printer but at most {@link #LIMIT} output lines of all processes together: a
 * program that prints without end must not flood the terminal or the window. The first dropped line is
 * announced by a warning, and {@link #close()} says how many were dropped in all.
 */
final class OutputCap {
    /** As many lines as the window's console keeps. */
    static final int LIMIT = 50_000;

    private final RunPrinter printer;
    private final AtomicLong lines = new AtomicLong();

    OutputCap(RunPrinter printer) {
        this.printer = printer;
    }

    void event(Event event) {
        if (event.type() != EventType.OUTPUT) {
            printer.event(event);
            return;
        }
        long n = lines.incrementAndGet();
        if (n <= LIMIT) {
            printer.event(event);
        } else if (n == LIMIT + 1) {
            printer.event(note(event, "output capped at " + LIMIT + " lines: the rest is counted, not shown"));
        }
    }

    /** After the run: how many lines were dropped, if any. */
    void close() {
        long dropped = lines.get() - LIMIT;
        if (dropped > 0) {
            printer.event(note(null, "output capped: " + dropped + " more lines were not shown"));
        }
    }

    private static Event note(Event like, String text) {
        Event base = like != null ? like : Event.of(EventType.WARNING, "main", ProcessHandle.current().pid(), "output");
        return new Event(EventType.WARNING, System.nanoTime(), base.worker(), base.pid(), "output", -1, null, null,
                text);
    }
}
