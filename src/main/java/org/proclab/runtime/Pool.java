package org.proclab.runtime;

import java.util.List;

/**
 * A fixed set of worker JVMs that run functions for you, like Python's {@code multiprocessing.Pool}.
 * Workers start once and are reused. {@code close()} (and so try-with-resources) lets queued tasks finish,
 * then stops the workers; {@link #terminate()} stops them at once.
 */
public final class Pool implements AutoCloseable {
    // API stub: implemented by the runtime work (issue 2).
    /** One worker per core. */
    public Pool() { }
    public Pool(int processes) { }
    public int processes() { return 0; }
    /** Applies fn to every item in worker JVMs; results come back in input order. */
    public <T, R> List<R> map(Fn<T, R> fn, Iterable<T> items) { return null; }
    public <T, R> List<R> map(Fn<T, R> fn, Iterable<T> items, int chunksize) { return null; }
    public <T, R> AsyncResult<R> applyAsync(Fn<T, R> fn, T arg) { return null; }
    public void join() { }
    public void terminate() { }
    @Override
    public void close() { }
}
