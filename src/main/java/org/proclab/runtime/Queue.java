package org.proclab.runtime;

import java.io.Serializable;
import java.time.Duration;
import org.proclab.runtime.context.HubCalls;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.MalformedFrameException;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.ipc.QueueTransport;
import org.proclab.runtime.ipc.SyncOp;
import org.proclab.runtime.ipc.SyncReply;

/**
 * A FIFO queue shared by the main process and its workers, like Python's {@code multiprocessing.Queue}.
 * Create it in the main process and pass it to workers as a target argument, as Python does. The items
 * live in the main process; a worker's put and get travel over its pipe (a nested worker's through each
 * parent in turn). Items must be numbers, strings, lists of them, or {@link Serializable}.
 * With a {@code maxsize} above zero, put waits while the queue holds that many items.
 */
public class Queue<T> implements Serializable {
    private static final long serialVersionUID = 2L;

    private final long id;
    private final int maxsize;
    private String name;

    public Queue() {
        this(0);
    }

    /** A queue that holds at most {@code maxsize} items; zero or less means no limit, as in Python. */
    public Queue(int maxsize) {
        this.id = HubCalls.newId();
        this.maxsize = Math.max(0, maxsize);
        this.name = "queue-" + (id & 0xffffff);
    }

    /** A queue another process already made: what {@link JobCodec} decodes. */
    Queue(long id, int maxsize, String name) {
        this.id = id;
        this.maxsize = maxsize;
        this.name = name;
    }

    /** The fields another process needs, for {@link JobCodec}: the same ones serialization sends. */
    void writeRef(PayloadWriter out) {
        out.writeLong(id).writeInt(maxsize).writeString(name);
    }

    static Queue<Object> readRef(PayloadReader in) throws MalformedFrameException {
        long id = in.readLong();
        int maxsize = in.readInt();
        return new Queue<>(id, maxsize, in.readString());
    }

    /** Names the queue in events and lanes. Call before passing it to a worker. */
    public Queue<T> name(String newName) {
        this.name = newName;
        return this;
    }

    public String name() {
        return name;
    }

    long id() {
        return id;
    }

    /** The most items it holds at once; 0 for no limit. */
    public int maxsize() {
        return maxsize;
    }

    /** Adds an item; on a full bounded queue waits for room as long as it takes. */
    public void put(T item) {
        if (maxsize == 0) {
            // The transport reports the put (QUEUE_PUT) itself: a worker's put then costs one frame, not two.
            ProcessContext.current().queues().put(id, name, Connection.travelling(item));
        } else {
            boundedPut(item, -1);
        }
    }

    /** Waits at most {@code timeout} for room; throws {@link QueueFullException} if none came. */
    public void put(T item, Duration timeout) {
        if (maxsize == 0) {
            put(item);
        } else {
            boundedPut(item, HubCalls.nanos(timeout));
        }
    }

    /** Python's {@code put_nowait}: throws {@link QueueFullException} at once if there is no room. */
    public void putNowait(T item) {
        put(item, Duration.ZERO);
    }

    private void boundedPut(T item, long timeoutNanos) {
        ProcessContext ctx = ProcessContext.current();
        long asked = System.nanoTime();
        if (timeoutNanos != 0 && ctx.tracing() && full()) {
            ctx.emitIfTracing(EventType.QUEUE_PUT_WAIT, name, -1, null, String.valueOf(item));
        }
        SyncReply reply = HubCalls.call(id, SyncOp.QUEUE_PUT, timeoutNanos, maxsize, Connection.travelling(item));
        if (reply.status() == SyncReply.TIMEOUT) {
            throw new QueueFullException("queue '" + name + "' is full (maxsize " + maxsize + "): no room within "
                    + String.format("%.3f s", timeoutNanos / 1e9));
        }
        HubCalls.check(reply);
        if (ctx.tracing()) {
            // Stamped when the put was asked for, so it sorts before the get that receives the item.
            ctx.emit(new org.proclab.runtime.event.Event(EventType.QUEUE_PUT, asked, ctx.name(), ctx.pid(), name,
                    -1, null, String.valueOf(item), null));
        }
    }

    /** Blocks until an item is there. */
    public T get() {
        return take(-1);
    }

    /** Waits at most {@code timeout}; throws {@link QueueEmptyException} if nothing arrived. */
    public T get(Duration timeout) {
        return take(Math.max(0, timeout.toNanos()));
    }

    /** Python's {@code get_nowait}: throws {@link QueueEmptyException} at once if there is nothing. */
    public T getNowait() {
        return take(0);
    }

    /** How many items it holds right now (exact here: the one hub counts them). */
    public int qsize() {
        return (Integer) HubCalls.value(id, SyncOp.QUEUE_SIZE);
    }

    public boolean empty() {
        return qsize() == 0;
    }

    /** True when a bounded queue holds {@code maxsize} items; an unbounded queue is never full. */
    public boolean full() {
        return maxsize > 0 && qsize() >= maxsize;
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
        return (T) Connection.arrived(item);
    }

    @Override
    public String toString() {
        return "Queue(" + name + (maxsize > 0 ? ", maxsize=" + maxsize : "") + ")";
    }
}
