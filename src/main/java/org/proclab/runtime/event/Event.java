package org.proclab.runtime.event;

/**
 * One thing that happened in one process.
 *
 * <p>{@code timeNanos} is {@link System#nanoTime()}: on Linux that is CLOCK_MONOTONIC, one clock shared by
 * every process on the machine, so events from different worker JVMs can be put on one time axis.
 *
 * @param type     what happened
 * @param timeNanos when, on the machine-wide monotonic clock
 * @param worker   the process it happened in ("main", "worker-1", "pool-1-worker-2")
 * @param pid      that process's OS pid
 * @param subject  what it happened to (a Value, Queue, Lock or task name; "stdout"/"stderr" for output); may be null
 * @param index    an array index, a task number or an exit code; -1 when it does not apply
 * @param oldValue the value before a write; may be null
 * @param newValue the value read or written, a queue item, a task result; may be null
 * @param text     an output line or a readable explanation; may be null
 */
public record Event(EventType type, long timeNanos, String worker, long pid, String subject, long index,
                    String oldValue, String newValue, String text) {

    public static Event of(EventType type, String worker, long pid, String subject) {
        return new Event(type, System.nanoTime(), worker, pid, subject, -1, null, null, null);
    }

    public Event withText(String newText) {
        return new Event(type, timeNanos, worker, pid, subject, index, oldValue, newValue, newText);
    }

    public Event withSubject(String newSubject) {
        return new Event(type, timeNanos, worker, pid, newSubject, index, oldValue, newValue, text);
    }

    public Event withIndex(long newIndex) {
        return new Event(type, timeNanos, worker, pid, subject, newIndex, oldValue, newValue, text);
    }

    public Event withValues(String before, String after) {
        return new Event(type, timeNanos, worker, pid, subject, index, before, after, text);
    }
}
