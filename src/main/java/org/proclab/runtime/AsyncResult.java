package org.proclab.runtime;

import java.time.Duration;

/** The handle {@link Pool#applyAsync} returns, like Python's {@code AsyncResult}. */
public interface AsyncResult<R> {
    /** The value, or throws {@link WorkerException} carrying the worker's exception and remote stack trace. */
    R get();

    /** As {@link #get()}, but throws {@link java.util.concurrent.TimeoutException} (wrapped) after the timeout. */
    R get(Duration timeout);

    boolean ready();
}
