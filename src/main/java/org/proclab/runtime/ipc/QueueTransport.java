package org.proclab.runtime.ipc;

/**
 * Where a {@code Queue}'s items really live. In the main process it is the local hub; in a worker it is the
 * pipe to the main process, whose hub answers.
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

    /** Marks "nothing arrived": distinct from a {@code null} item, which a queue may carry. */
    Object EMPTY = new Object() {
        @Override
        public String toString() {
            return "EMPTY";
        }
    };
}
