package org.proclab.runtime.shm;

import java.nio.ByteBuffer;

/**
 * A lock as one 64-bit word in shared memory: 0 when free, otherwise the owner's pid (high 32 bits) and
 * thread number in that JVM (low 32 bits). The pid is what lets a waiter notice that the holder died.
 */
public final class LockWord {
    /** {@link #waitFor} result: the lock was released normally and is now ours. */
    public static final long ACQUIRED = 0;
    /** {@link #waitFor} result: the timeout passed first. */
    public static final long TIMED_OUT = -1;

    private static final long PID_BITS = Pids.self() << 32;
    private static final long OWNER_CHECK_NANOS = 10_000_000;

    private final MappedWords words;
    private final int offset;

    public LockWord(ByteBuffer buffer, int offset) {
        this.words = new MappedWords(buffer);
        this.offset = offset;
    }

    /** The word that means "held by the calling thread of this process". */
    public static long me() {
        return PID_BITS | (Thread.currentThread().getId() & 0xFFFF_FFFFL);
    }

    public static long pidOf(long word) {
        return word >>> 32;
    }

    public static long threadOf(long word) {
        return word & 0xFFFF_FFFFL;
    }

    public long owner() {
        return words.getLongVolatile(offset);
    }

    public boolean tryAcquire(long me) {
        return words.compareAndSetLong(offset, 0L, me);
    }

    /** Frees the lock; only its owner may call this (checked by the caller against {@link #owner()}). */
    public void clear() {
        words.putLongVolatile(offset, 0L);
    }

    /**
     * Waits until the lock is ours. Returns {@link #ACQUIRED}, {@link #TIMED_OUT}, or the word of a dead
     * owner it was taken from. About every 10 ms it asks the OS whether the owner still runs: often enough
     * to recover quickly from a killed holder, rarely enough that the check costs nothing measurable.
     */
    public long waitFor(long me, long timeoutNanos) {
        Backoff backoff = new Backoff();
        long start = System.nanoTime();
        long nextOwnerCheck = start + OWNER_CHECK_NANOS;
        try {
            while (true) {
                long owner = owner();
                if (owner == 0 && tryAcquire(me)) {
                    return ACQUIRED;
                }
                backoff.pause();
                if (!backoff.sleeping()) {
                    continue;
                }
                long now = System.nanoTime();
                if (now - nextOwnerCheck >= 0) {
                    nextOwnerCheck = now + OWNER_CHECK_NANOS;
                    if (owner != 0 && pidOf(owner) != pidOf(me) && !Pids.isAlive(pidOf(owner))
                            && words.compareAndSetLong(offset, owner, me)) {
                        return owner;
                    }
                }
                if (timeoutNanos >= 0 && now - start >= timeoutNanos) {
                    return tryAcquire(me) ? ACQUIRED : TIMED_OUT;
                }
            }
        } finally {
            backoff.done();
        }
    }
}
