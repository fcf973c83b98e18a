package org.proclab.runtime.context;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.proclab.runtime.ipc.QueueTransport;

/**
 * The main process keeps every queue's items. Local callers block on a condition; a worker's get is parked
 * as a waiter and answered over its pipe when an item arrives or its timeout passes, so no thread ever
 * blocks on behalf of a worker.
 */
public final class QueueHub {
    private static final Object NULL_ITEM = new Object();
    private static final long SPIN_NANOS = 20_000;

    private final Map<Long, QueueState> queues = new ConcurrentHashMap<>();

    /** Adds an item; whoever put it has already reported the put (or did not trace). */
    public void put(long queueId, Object item) {
        state(queueId).put(item == null ? NULL_ITEM : item);
    }

    /** The next item, waiting at most {@code timeoutNanos} (-1 = forever); {@link QueueTransport#EMPTY} if none came. */
    public Object get(long queueId, long timeoutNanos) {
        Object item = state(queueId).take(timeoutNanos);
        return item == NULL_ITEM ? null : item;
    }

    /**
     * A worker asked for an item: {@code reply} is called exactly once, with the item or {@link QueueTransport#EMPTY}.
     * {@code owner} identifies the asking worker so its waiters can be dropped if it dies.
     */
    public void remoteGet(long queueId, long timeoutNanos, Object owner, Consumer<Object> reply) {
        QueueState state = state(queueId);
        RemoteWaiter waiter = new RemoteWaiter(owner, reply);
        Object item = state.takeOrPark(waiter);
        if (item != null) {
            reply.accept(item == NULL_ITEM ? null : item);
            return;
        }
        if (timeoutNanos >= 0) {
            Timeouts.EXECUTOR.schedule(() -> {
                if (state.unpark(waiter)) {
                    reply.accept(QueueTransport.EMPTY);
                }
            }, timeoutNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** A worker died: its parked gets will never be read, so items must not be handed to them. */
    public void forget(Object owner) {
        for (QueueState state : queues.values()) {
            state.dropWaitersOf(owner);
        }
    }

    private QueueState state(long queueId) {
        return queues.computeIfAbsent(queueId, id -> new QueueState());
    }

    /** Created on first use: a worker JVM, which never answers remote gets, should not pay for the thread. */
    private static final class Timeouts {
        static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "proclab-queue-timeouts");
            t.setDaemon(true);
            return t;
        });
    }

    private static final class RemoteWaiter {
        final Object owner;
        final Consumer<Object> reply;

        RemoteWaiter(Object owner, Consumer<Object> reply) {
            this.owner = owner;
            this.reply = reply;
        }
    }

    private static final class QueueState {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition notEmpty = lock.newCondition();
        private final ArrayDeque<Object> items = new ArrayDeque<>();
        private final ArrayDeque<RemoteWaiter> waiters = new ArrayDeque<>();
        /** Items queued, readable without the lock so a consumer can spin briefly instead of parking. */
        private volatile int count;

        void put(Object item) {
            RemoteWaiter waiter;
            lock.lock();
            try {
                waiter = waiters.pollFirst();
                if (waiter == null) {
                    items.addLast(item);
                    count = items.size();
                    notEmpty.signal();
                    return;
                }
            } finally {
                lock.unlock();
            }
            waiter.reply.accept(item == NULL_ITEM ? null : item);
        }

        Object take(long timeoutNanos) {
            // Items from a busy producer arrive microseconds apart: waiting that long awake is much cheaper
            // than parking and being woken for each one.
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (count == 0 && System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            }
            lock.lock();
            try {
                long remaining = timeoutNanos;
                while (items.isEmpty()) {
                    if (timeoutNanos < 0) {
                        notEmpty.await();
                    } else {
                        if (remaining <= 0) {
                            return QueueTransport.EMPTY;
                        }
                        remaining = notEmpty.awaitNanos(remaining);
                    }
                }
                Object item = items.pollFirst();
                count = items.size();
                return item;
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting on a queue", ex);
            } finally {
                lock.unlock();
            }
        }

        Object takeOrPark(RemoteWaiter waiter) {
            lock.lock();
            try {
                Object item = items.pollFirst();
                count = items.size();
                if (item == null) {
                    waiters.addLast(waiter);
                }
                return item;
            } finally {
                lock.unlock();
            }
        }

        boolean unpark(RemoteWaiter waiter) {
            lock.lock();
            try {
                return waiters.remove(waiter);
            } finally {
                lock.unlock();
            }
        }

        void dropWaitersOf(Object owner) {
            lock.lock();
            try {
                waiters.removeIf(w -> w.owner == owner);
            } finally {
                lock.unlock();
            }
        }
    }
}
