package org.proclab.runtime;

import java.util.concurrent.TimeoutException;

/**
 * Python's {@code multiprocessing.TimeoutError}: a pool result was not ready within the timeout. Its cause is
 * always a {@link TimeoutException}, so code written for Java's futures can test for that.
 */
public class TaskTimeoutException extends RuntimeException {
    public TaskTimeoutException(String message) {
        this(message, new TimeoutException(message));
    }

    public TaskTimeoutException(String message, TimeoutException cause) {
        super(message, cause);
    }

    @Override
    public synchronized TimeoutException getCause() {
        return (TimeoutException) super.getCause();
    }
}
