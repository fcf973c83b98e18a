package org.proclab.runtime;

import java.io.Serializable;
import java.time.Duration;

/** API stub, implemented by the shared-memory work: mutual exclusion across processes. */
public final class Lock implements Serializable {
    public Lock() { throw new UnsupportedOperationException("not yet"); }
    public Lock name(String name) { return this; }
    public String name() { return null; }
    public void acquire() { }
    public boolean acquire(Duration timeout) { return false; }
    public void release() { }
    /** Acquires and returns a handle whose close() releases: {@code try (var held = lock.hold()) { ... }}. */
    public Held hold() { return null; }

    /** The lock while it is held; closing it releases the lock. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
