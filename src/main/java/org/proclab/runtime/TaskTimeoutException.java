package org.proclab.runtime;

/** Python's {@code multiprocessing.TimeoutError}: a pool result was not ready within the timeout. */
public class TaskTimeoutException extends RuntimeException {
    public TaskTimeoutException(String message) {
        super(message);
    }
}
