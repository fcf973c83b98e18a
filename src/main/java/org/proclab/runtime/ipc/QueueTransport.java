package org.proclab.runtime.ipc;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where a {@code Queue}'s items and the hub's shared objects really live. In the main process it is the local
 * hub; in a worker it is the pipe to its parent, which answers or, in a nested worker, passes the request on:
 * every request of any depth ends at the main process's hub.
 */
public interface QueueTransport {
    /**
     * Adds an item and reports a QUEUE_PUT event when tracing, stamped before the item travels so that the
     * put comes before the get that receives it.
     */
    void put(long queueId, String queueName, Object item);

    /**
     * Takes the next item, waiting at most {@code timeoutNanos} (-1 = forever).
     * Returns {@link #EMPTY} if nothing arrived in time.
     */
    Object get(long queueId, long timeoutNanos);

    /**
     * A get on behalf of a child: {@code reply} is called exactly once, later, on some other thread, with the
     * item or {@link #EMPTY}. {@code owner} names the child, so that its waits can be dropped if it dies.
     */
    void getAsync(long queueId, long timeoutNanos, Object owner, Consumer<Object> reply);

    /** Performs a {@link SyncOp} and waits for its answer. */
    SyncReply call(long objectId, int op, long timeoutNanos, List<Object> args);

    /** A {@link SyncOp} on behalf of a child; {@code reply} is called exactly once. */
    void callAsync(long objectId, int op, long timeoutNanos, List<Object> args, Object owner,
                   Consumer<SyncReply> reply);

    /** A child died: whatever it still waits for must not be handed to it. */
    void forget(Object owner);

    /** Marks "nothing arrived": distinct from a {@code null} item, which a queue may carry. */
    Object EMPTY = new Object() {
        @Override
        public String toString() {
            return "EMPTY";
        }
    };
}
