package org.proclab.runtime;

/** A bounded queue stayed full for the whole timeout: Python's {@code queue.Full}. */
public class QueueFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueueFullException(String message) {
        super(message);
    }
}
