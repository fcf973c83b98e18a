package org.proclab.runtime.shm;

import java.time.Duration;
import java.util.Objects;

/** Checks a learner's timeout once, the same way for every shared object that waits. */
public final class Timeouts {
    private Timeouts() {
    }

    /** The timeout in nanoseconds; a huge one (Duration.ofDays(100000)) simply means "very long". */
    public static long nanos(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        try {
            return timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
