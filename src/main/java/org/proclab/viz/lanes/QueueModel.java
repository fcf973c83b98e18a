package org.proclab.viz.lanes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/**
 * The items waiting in each queue of a run, from its puts and gets: a put adds its item at the back, a get
 * takes the item it got (the front one, unless events of two processes arrived out of order). A get whose
 * put was not seen yet leaves nothing to remove.
 */
public final class QueueModel {
    private final Map<String, LinkedList<String>> waiting = new LinkedHashMap<>();
    private final Map<String, Integer> pendingGets = new LinkedHashMap<>();

    void accept(Event e) {
        String queue = e.subject() == null ? "queue" : e.subject();
        LinkedList<String> items = waiting.computeIfAbsent(queue, k -> new LinkedList<>());
        String item = String.valueOf(e.newValue());
        if (e.type() == EventType.QUEUE_PUT) {
            // The get of this very item came first (its process's events arrived sooner): it is not waiting.
            String key = queue + "\u0000" + item;
            if (pendingGets.containsKey(key)) {
                pendingGets.computeIfPresent(key, (k, n) -> n > 1 ? n - 1 : null);
                return;
            }
            items.addLast(item);
        } else if (!items.remove(item)) {
            pendingGets.merge(queue + "\u0000" + item, 1, Integer::sum);
        }
    }

    public List<String> queues() {
        return new ArrayList<>(waiting.keySet());
    }

    /** What waits in the queue, front first. */
    public List<String> waiting(String queue) {
        return List.copyOf(waiting.getOrDefault(queue, new LinkedList<>()));
    }

    void clear() {
        waiting.clear();
        pendingGets.clear();
    }
}
