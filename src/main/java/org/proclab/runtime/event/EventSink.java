package org.proclab.runtime.event;

/** Where a process hands its events: the parent's bus, or the pipe back to the parent inside a worker. */
@FunctionalInterface
public interface EventSink {
    void accept(Event event);

    EventSink NONE = event -> { };
}
