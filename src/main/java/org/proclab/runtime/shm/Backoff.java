package org.proclab.runtime.shm;

import java.util.concurrent.locks.LockSupport;

/**
 * How a process waits for another one to change shared memory. There is no OS wake-up across JVMs here, so
 * it polls: a few spins catch a holder that releases within microseconds (the common case: a counter
 * increment), then yields, then sleeps in growing steps capped at {@value #MAX_PARK_NANOS} ns, so a waiter
 * costs almost no CPU while a holder sleeps yet notices a release within about 64 µs.
 */
final class Backoff {
    private static final int SPINS = 64;
    private static final int YIELDS = 16;
    private static final long MAX_PARK_NANOS = 64_000;

    private int rounds;
    private long parkNanos = 1_000;
    private boolean interrupted;

    void pause() {
        if (rounds < SPINS) {
            Thread.onSpinWait();
        } else if (rounds < SPINS + YIELDS) {
            Thread.yield();
        } else {
            LockSupport.parkNanos(parkNanos);
            parkNanos = Math.min(parkNanos * 2, MAX_PARK_NANOS);
            // parkNanos returns at once while the interrupt flag is set: remember it, clear it, restore later.
            interrupted |= Thread.interrupted();
        }
        rounds++;
    }

    /** True once past the spinning phase: only then is it worth reading the clock. */
    boolean sleeping() {
        return rounds >= SPINS;
    }

    /** Restores an interrupt that arrived while waiting (waits here cannot be interrupted, as in Python). */
    void done() {
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
