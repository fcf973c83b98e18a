package org.proclab.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/**
 * Keeps a process's last words before its end. PROCESS_EXITED comes from the parent's connection, the
 * process's own last events from its own, flushed as it ends; the parent can see the end first. So an exit is
 * held while the connection of that pid is open and passed on when it closes (or when the run ends), and a
 * window never sees a lock taken by a process it was already told had exited.
 */
final class ExitOrder {
    private final Set<Long> open = new HashSet<>();
    private final Map<Long, List<Event>> held = new HashMap<>();

    synchronized void opened(long pid) {
        open.add(pid);
    }

    /** True when the event is held until its process's connection closes. */
    synchronized boolean hold(Event event) {
        if (event.type() != EventType.PROCESS_EXITED || !open.contains(event.pid())) {
            return false;
        }
        held.computeIfAbsent(event.pid(), k -> new ArrayList<>()).add(event);
        return true;
    }

    /** The connection of {@code pid} ended: its held exits, in order. */
    synchronized List<Event> closed(long pid) {
        open.remove(pid);
        List<Event> events = held.remove(pid);
        return events == null ? List.of() : events;
    }

    /** Every exit still held (the run ended). */
    synchronized List<Event> releaseAll() {
        List<Event> events = new ArrayList<>();
        held.values().forEach(events::addAll);
        held.clear();
        open.clear();
        return events;
    }
}
