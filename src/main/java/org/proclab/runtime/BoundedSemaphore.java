package org.proclab.runtime;

/**
 * A semaphore that may never rise above its initial value, like Python's
 * {@code multiprocessing.BoundedSemaphore}: one release too many throws IllegalStateException (Python's
 * ValueError), which catches a release without its acquire.
 */
public final class BoundedSemaphore extends Semaphore {
    private static final long serialVersionUID = 1L;

    public BoundedSemaphore() {
        this(1);
    }

    public BoundedSemaphore(int value) {
        super(value, value, "bounded-semaphore");
    }
}
