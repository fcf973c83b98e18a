package org.proclab.runtime;

import java.time.Duration;

/**
 * The handle {@link Pool#applyAsync} and {@link Pool#mapAsync} return, like Python's {@code AsyncResult}.
 * With a callback, the result is ready only once the callback has run, as in CPython.
 */
public interface AsyncResult<R> {
    /** The value, or throws {@link WorkerException} carrying the worker's exception and remote stack trace. */
    R get();

    /**
     * As {@link #get()}, waiting at most {@code timeout}: then throws {@link TaskTimeoutException} (Python's
     * {@code multiprocessing.TimeoutError}), whose cause is a {@link java.util.concurrent.TimeoutException}.
     * A negative timeout counts as zero, as in Python; the task goes on running either way.
     */
    R get(Duration timeout);

    /** Whether the call has completed (with a value or an exception). */
    boolean ready();

    /** Whether the call completed without an exception; throws {@link IllegalStateException} if not ready. */
    boolean successful();

    /** Python's {@code wait()}: blocks until the result is ready. ({@code Object.wait()} is Java's own.) */
    void waitFor();

    /** Python's {@code wait(timeout)}: blocks at most {@code timeout}; returns {@link #ready()}. */
    boolean waitFor(Duration timeout);
}
