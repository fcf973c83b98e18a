package org.proclab.runtime;

import java.io.Serializable;
import java.time.Duration;

/**
 * A FIFO queue shared by the main process and its workers, like Python's {@code multiprocessing.Queue}.
 * Create it in the main process and pass it to workers as a target argument.
 */
public final class Queue<T> implements Serializable {
    // API stub: implemented by the runtime work (issue 2).
    public Queue() { }
    public Queue<T> name(String name) { return this; }
    public String name() { return null; }
    public void put(T item) { }
    /** Blocks until an item is there. */
    public T get() { return null; }
    /** Waits at most {@code timeout}; throws {@link QueueEmptyException} if nothing arrived. */
    public T get(Duration timeout) { return null; }
}
