package org.proclab.runtime;

import java.time.Duration;

/**
 * A target run in a newly spawned worker JVM, like Python's {@code multiprocessing.Process}.
 *
 * <pre>{@code
 * Process p = new Process(Example::job, 1, 2);
 * p.start();
 * p.join();
 * }</pre>
 */
public final class Process {
    // API stub: implemented by the runtime work (issue 2).
    public Process(Target0 target) { throw new UnsupportedOperationException("not yet"); }
    public <A> Process(Target1<A> target, A a) { throw new UnsupportedOperationException("not yet"); }
    public <A, B> Process(Target2<A, B> target, A a, B b) { throw new UnsupportedOperationException("not yet"); }
    public <A, B, C> Process(Target3<A, B, C> target, A a, B b, C c) { throw new UnsupportedOperationException("not yet"); }

    /** Sets the name shown in lanes and output (default "worker-N"). Only before {@link #start()}. */
    public Process name(String name) { return this; }
    public String name() { return null; }
    public void start() { }
    /** Waits until the worker has exited. */
    public void join() { }
    /** Waits at most {@code timeout}; true if the worker has exited. */
    public boolean join(Duration timeout) { return false; }
    public boolean isAlive() { return false; }
    /** The worker's OS pid, or -1 before start. */
    public long pid() { return -1; }
    /** null while running (Python's None); 0 ok; 1 after an uncaught exception; -N after signal N. */
    public Integer exitCode() { return null; }
    /** Sends SIGTERM; exit code becomes -15. */
    public void terminate() { }
    /** Sends SIGKILL; exit code becomes -9. */
    public void kill() { }
}
