package org.proclab.runtime.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The main process's event stream: events of this JVM and those forwarded by its workers. */
public final class EventBus implements EventSink {
    private final List<EventSink> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener; it is called on the thread that produced or received the event, so keep it quick. */
    public AutoCloseable subscribe(EventSink listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public boolean hasListeners() {
        return !listeners.isEmpty();
    }

    @Override
    public void accept(Event event) {
        for (EventSink listener : listeners) {
            listener.accept(event);
        }
    }
}
