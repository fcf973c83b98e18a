package org.proclab.viz.pool;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proclab.runtime.event.Event;

/** Which worker ran which pool task when, and the results in task order. */
public final class PoolTasksModel {
    private final Map<String, PoolTaskSpan> tasks = new LinkedHashMap<>();
    private final Set<String> workers = new LinkedHashSet<>();
    /** Items per task, from the queued event's text ("2 items"); a task of several is a chunk of a map. */
    private final Map<String, Integer> items = new HashMap<>();
    private long firstNanos = Long.MAX_VALUE;
    private long lastNanos = Long.MIN_VALUE;
    private int version;

    public void accept(Event e) {
        switch (e.type()) {
            case TASK_QUEUED:
            case TASK_STARTED:
            case TASK_FINISHED:
                break;
            default:
                return;
        }
        String pool = e.subject() == null ? "pool" : e.subject();
        String key = pool + "#" + e.index();
        PoolTaskSpan task = tasks.computeIfAbsent(key, k -> new PoolTaskSpan(pool, e.index(), null, -1, -1, -1, null, null, null));
        switch (e.type()) {
            case TASK_QUEUED:
                task = task.withQueued(e.timeNanos());
                items.put(key, itemCount(e.text()));
                break;
            case TASK_STARTED:
                task = task.withStarted(e.worker(), e.timeNanos());
                workers.add(e.worker());
                break;
            default:
                task = task.withFinished(e.worker(), e.timeNanos(), e.newValue(), e.text());
                workers.add(task.worker());
                break;
        }
        tasks.put(key, task);
        firstNanos = Math.min(firstNanos, e.timeNanos());
        lastNanos = Math.max(lastNanos, e.timeNanos());
        version++;
    }

    public List<PoolTaskSpan> tasks() {
        return new ArrayList<>(tasks.values());
    }

    /** Workers that ran a task, in the order they first did. */
    public List<String> workers() {
        return new ArrayList<>(workers);
    }

    /** Finished tasks of each pool in task-number order: what {@code map} returns. */
    public List<PoolTaskSpan> resultsInOrder() {
        List<PoolTaskSpan> done = new ArrayList<>();
        for (PoolTaskSpan t : tasks.values()) {
            if (t.ok() != null) {
                done.add(t);
            }
        }
        done.sort((a, b) -> a.pool().equals(b.pool()) ? Long.compare(a.index(), b.index()) : 0);
        return done;
    }

    /**
     * The values of the finished tasks in task order, one per item: a chunk's "[0, 1]" becomes 0 and 1. A
     * chunk whose list cannot be split item by item (its values contain ", ") stays one value.
     */
    public List<Result> valuesInOrder() {
        List<Result> values = new ArrayList<>();
        for (PoolTaskSpan t : resultsInOrder()) {
            int n = items.getOrDefault(t.pool() + "#" + t.index(), 1);
            String r = t.result();
            if (Boolean.TRUE.equals(t.ok()) && n > 1 && r != null && r.startsWith("[") && r.endsWith("]")) {
                String[] parts = r.substring(1, r.length() - 1).split(", ", -1);
                if (parts.length == n) {
                    for (String p : parts) {
                        values.add(new Result(t, p));
                    }
                    continue;
                }
            }
            values.add(new Result(t, Boolean.TRUE.equals(t.ok()) ? r : null));
        }
        return values;
    }

    /** One value of a task (null for a failed task). */
    public record Result(PoolTaskSpan task, String value) {
    }

    private static final java.util.regex.Pattern ITEMS = java.util.regex.Pattern.compile("(\\d+) items?\\b");

    private static int itemCount(String text) {
        if (text == null) {
            return 1;
        }
        // The runtime words it "map: 2 items" (the call, then how many items the chunk holds).
        java.util.regex.Matcher count = ITEMS.matcher(text);
        return count.find() ? Integer.parseInt(count.group(1)) : 1;
    }

    public long firstNanos() {
        return firstNanos;
    }

    public long lastNanos() {
        return lastNanos;
    }

    public int version() {
        return version;
    }

    public void clear() {
        tasks.clear();
        workers.clear();
        items.clear();
        firstNanos = Long.MAX_VALUE;
        lastNanos = Long.MIN_VALUE;
        version++;
    }
}
