package org.proclab.runtime.shm;

import java.nio.ByteBuffer;

/**
 * A reusable barrier as one 64-bit word: generation (high 32 bits) and how many have arrived in it (low 32
 * bits). Both change in one compare-and-set, so an arrival can never be counted in the wrong generation.
 * The last to arrive starts the next generation; the others wait until they see it change.
 */
public final class BarrierState {
    /** {@link #await} result when the timeout passed; the caller's arrival was withdrawn. */
    public static final int TIMED_OUT = -1;

    private final MappedWords words;
    private final int offset;
    private final int parties;

    public BarrierState(ByteBuffer buffer, int offset, int parties) {
        this.words = new MappedWords(buffer);
        this.offset = offset;
        this.parties = parties;
    }

    /**
     * Arrives and waits for the others ({@code timeoutNanos} &lt; 0: forever). Returns this caller's
     * arrival number (0 = first) or {@link #TIMED_OUT}.
     */
    public int await(long timeoutNanos) {
        long start = System.nanoTime();
        while (true) {
            long state = state();
            long generation = state >>> 32;
            int arrived = (int) state;
            if (arrived + 1 >= parties) {
                if (words.compareAndSetLong(offset, state, ((generation + 1) & 0xFFFF_FFFFL) << 32)) {
                    return arrived;
                }
            } else if (words.compareAndSetLong(offset, state, state + 1)) {
                return waitForNextGeneration(generation, arrived, start, timeoutNanos);
            }
        }
    }

    private int waitForNextGeneration(long generation, int arrived, long start, long timeoutNanos) {
        Backoff backoff = new Backoff();
        try {
            while (true) {
                if (state() >>> 32 != generation) {
                    return arrived;
                }
                backoff.pause();
                if (timeoutNanos >= 0 && backoff.sleeping() && System.nanoTime() - start >= timeoutNanos) {
                    return withdraw(generation, arrived);
                }
            }
        } finally {
            backoff.done();
        }
    }

    /** Takes back an arrival after a timeout, unless the barrier opened in the meantime. */
    private int withdraw(long generation, int arrived) {
        while (true) {
            long state = state();
            if (state >>> 32 != generation) {
                return arrived;
            }
            if (words.compareAndSetLong(offset, state, state - 1)) {
                return TIMED_OUT;
            }
        }
    }

    /** How many have arrived in the current generation (for tests and toString). */
    public int waiting() {
        return (int) state();
    }

    private long state() {
        return words.getLongVolatile(offset);
    }
}
