package org.proclab.viz.pool;

/**
 * One task of a pool as its events tell it; times are nanoTime, -1 until the event arrived.
 *
 * @param worker who ran it, null until it started
 * @param ok     null until finished; then whether it returned normally
 */
public record PoolTaskSpan(String pool, long index, String worker, long queuedNanos, long startedNanos,
                       long finishedNanos, String result, Boolean ok, String error) {

    PoolTaskSpan withQueued(long t) {
        return new PoolTaskSpan(pool, index, worker, t, startedNanos, finishedNanos, result, ok, error);
    }

    PoolTaskSpan withStarted(String by, long t) {
        return new PoolTaskSpan(pool, index, by, queuedNanos, t, finishedNanos, result, ok, error);
    }

    PoolTaskSpan withFinished(String by, long t, String value, String text) {
        boolean good = text == null || "ok".equalsIgnoreCase(text);
        return new PoolTaskSpan(pool, index, worker != null ? worker : by, queuedNanos, startedNanos, t, value, good,
                good ? null : text);
    }
}
