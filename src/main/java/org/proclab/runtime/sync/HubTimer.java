package org.proclab.runtime.sync;

import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;
import org.proclab.runtime.ipc.SyncReply;

/** The hub's timeouts: one daemon thread, created on first use (a worker JVM never needs it). */
public final class HubTimer {
    private HubTimer() {
    }

    private static final class Holder {
        static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "proclab-hub-timeouts");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Parks {@code waiter} in {@code queue}, guarded by {@code monitor}. A zero timeout answers TIMEOUT at
     * once; a negative one waits forever; otherwise the waiter is taken out and told TIMEOUT when time is up.
     */
    public static void park(Object monitor, Collection<Waiter> queue, Waiter waiter, long timeoutNanos, Outbox out) {
        park(queue, waiter, timeoutNanos, out, () -> {
            synchronized (monitor) {
                return queue.remove(waiter);
            }
        });
    }

    /** The same, for a queue guarded by a {@link Lock}. */
    public static void park(Lock lock, Collection<Waiter> queue, Waiter waiter, long timeoutNanos, Outbox out) {
        park(queue, waiter, timeoutNanos, out, () -> {
            lock.lock();
            try {
                return queue.remove(waiter);
            } finally {
                lock.unlock();
            }
        });
    }

    private static void park(Collection<Waiter> queue, Waiter waiter, long timeoutNanos, Outbox out,
                             BooleanSupplier removeUnderLock) {
        if (timeoutNanos == 0) {
            out.send(waiter, SyncReply.timeout());
            return;
        }
        queue.add(waiter);
        if (timeoutNanos > 0) {
            waiter.timer(Holder.EXECUTOR.schedule(() -> {
                if (removeUnderLock.getAsBoolean()) {
                    waiter.complete(SyncReply.timeout());
                }
            }, timeoutNanos, TimeUnit.NANOSECONDS));
        }
    }

    /** Runs {@code task} after the delay, on the timer thread. */
    public static void after(long nanos, Runnable task) {
        Holder.EXECUTOR.schedule(task, nanos, TimeUnit.NANOSECONDS);
    }
}
