package org.proclab.runtime;

/** Python's {@code queue.Empty}: nothing arrived on the queue within the timeout. */
public class QueueEmptyException extends RuntimeException {
    public QueueEmptyException(String message) {
        super(message);
    }
}
