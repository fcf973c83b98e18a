package org.proclab.viz.pool;

import java.util.ArrayList;
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
        firstNanos = Long.MAX_VALUE;
        lastNanos = Long.MIN_VALUE;
        version++;
    }
}
