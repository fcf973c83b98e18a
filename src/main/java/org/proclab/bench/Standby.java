package org.proclab.bench;

import java.time.Duration;

import org.proclab.runtime.ProcLabRuntime;

/**
 * The runtime's warm standby workers ({@link ProcLabRuntime#prewarm}), switched on for one measurement and off
 * again, so each row says plainly whether the worker JVMs were already up.
 */
final class Standby {
    private static final Duration READY_MAX = Duration.ofSeconds(30);

    private Standby() {
    }

    /** Starts {@code count} standbys and waits until they are up and the machine is quiet again. */
    static void ready(int count) {
        ProcLabRuntime.prewarm(count);
        long deadline = System.nanoTime() + READY_MAX.toNanos();
        while (ProcLabRuntime.readyStandbys() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("standby workers not ready after " + READY_MAX.toSeconds() + " s");
            }
            sleep(10);
        }
        Settle.quiet(Duration.ofSeconds(3));
    }

    /** No standby from now on; ends any worker still up (none should be, between repetitions). */
    static void off() {
        ProcLabRuntime.shutdown();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for standby workers", ex);
        }
    }
}
