package org.proclab.runtime;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.QueueTransport;

/**
 * A FIFO queue shared by the main process and its workers, like Python's {@code multiprocessing.Queue}.
 * Create it in the main process and pass it to workers as a target argument, as Python does. The items
 * live in the main process; a worker's put and get travel over its pipe. Items must be numbers, strings,
 * lists of them, or {@link Serializable}.
 */
public final class Queue<T> implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final AtomicLong COUNTER = new AtomicLong();

    private final long id;
    private String name;

    public Queue() {
        long n = COUNTER.incrementAndGet();
        // The creator's pid keeps ids unique when a worker creates a queue too.
        this.id = (ProcessHandle.current().pid() << 24) ^ n;
        this.name = "queue-" + n;
    }

    /** Names the queue in events and lanes. Call before passing it to a worker. */
    public Queue<T> name(String newName) {
        this.name = newName;
        return this;
    }

    public String name() {
        return name;
    }

    public void put(T item) {
        // The transport reports the put (QUEUE_PUT) itself: a worker's put then costs one frame, not two.
        ProcessContext.current().queues().put(id, name, item);
    }

    /** Blocks until an item is there. */
    public T get() {
        return take(-1);
    }

    /** Waits at most {@code timeout}; throws {@link QueueEmptyException} if nothing arrived. */
    public T get(Duration timeout) {
        return take(Math.max(0, timeout.toNanos()));
    }

    @SuppressWarnings("unchecked")
    private T take(long timeoutNanos) {
        ProcessContext ctx = ProcessContext.current();
        Object item = ctx.queues().get(id, timeoutNanos);
        if (item == QueueTransport.EMPTY) {
            throw new QueueEmptyException("queue '" + name + "' is empty: nothing arrived within "
                    + String.format("%.3f s", timeoutNanos / 1e9));
        }
        ctx.emitIfTracing(EventType.QUEUE_GET, name, -1, null, String.valueOf(item));
        return (T) item;
    }

    @Override
    public String toString() {
        return "Queue(" + name + ")";
    }
}
