package org.proclab.bench;

import java.time.Duration;

/**
 * Waits until this JVM and its children stop using CPU, so one measurement does not run while the last
 * one's leftovers (a standby worker booting, JIT threads, a Python process exiting) compete for the two cores.
 */
public final class Settle {
    private static final long WINDOW_MS = 100;
    /** Below 8% of one core over a window counts as quiet. */
    private static final long QUIET_CPU_NANOS = 8_000_000;

    private Settle() {
    }

    /** Returns how long it waited. Gives up after {@code max}: a busy machine must not stall the bench. */
    public static Duration quiet(Duration max) {
        long start = System.nanoTime();
        long deadline = start + max.toNanos();
        long before = cpuNanos();
        int quietWindows = 0;
        while (System.nanoTime() < deadline && quietWindows < 2) {
            sleep(WINDOW_MS);
            long now = cpuNanos();
            quietWindows = now - before < QUIET_CPU_NANOS ? quietWindows + 1 : 0;
            before = now;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** CPU time used so far by this JVM and every descendant still alive. */
    static long cpuNanos() {
        long total = cpuOf(ProcessHandle.current());
        total += ProcessHandle.current().descendants().mapToLong(Settle::cpuOf).sum();
        return total;
    }

    private static long cpuOf(ProcessHandle handle) {
        return handle.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
