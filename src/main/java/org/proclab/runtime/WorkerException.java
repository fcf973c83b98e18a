package org.proclab.runtime;

/**
 * An exception raised inside a worker JVM, brought back to the caller. The message names the original
 * exception class; {@link #remoteStackTrace()} is the stack trace as the worker printed it.
 */
public class WorkerException extends RuntimeException {
    private final String remoteClass;
    private final String remoteStackTrace;

    public WorkerException(String message, String remoteClass, String remoteStackTrace) {
        super(message);
        this.remoteClass = remoteClass;
        this.remoteStackTrace = remoteStackTrace;
    }

    /** The class name of the exception the worker threw, e.g. {@code java.lang.ArithmeticException}. */
    public String remoteClass() {
        return remoteClass;
    }

    public String remoteStackTrace() {
        return remoteStackTrace;
    }

    @Override
    public String toString() {
        // A learner's error with no worker frames (a wrong argument count) is said once, not twice.
        if (remoteStackTrace == null || remoteStackTrace.isEmpty()) {
            return super.toString();
        }
        return super.toString() + "\n--- in the worker ---\n" + remoteStackTrace;
    }
}
