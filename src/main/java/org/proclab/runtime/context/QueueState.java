package org.proclab.runtime.context;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.proclab.runtime.ipc.QueueTransport;
import org.proclab.runtime.ipc.SyncReply;
import org.proclab.runtime.sync.HubTimer;
import org.proclab.runtime.sync.Outbox;
import org.proclab.runtime.sync.Waiter;

/**
 * One queue: its items, the gets and (when bounded) the puts that wait, and the count of items put but not
 * yet marked done (JoinableQueue). Answers are sent after the lock is let go.
 */
final class QueueState {
    private static final Object NULL_ITEM = new Object();
    private static final long SPIN_NANOS = 20_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final ArrayDeque<Object> items = new ArrayDeque<>();
    private final ArrayDeque<Waiter> getters = new ArrayDeque<>();
    /** Bounded puts waiting for room; each waiter's data is its item. */
    private final ArrayDeque<Waiter> putters = new ArrayDeque<>();
    private final ArrayDeque<Waiter> joiners = new ArrayDeque<>();
    /** Items queued, readable without the lock so a consumer can spin briefly instead of parking. */
    private volatile int count;
    private int maxsize;
    private long unfinished;

    /** The hot path of a busy producer: nothing is allocated unless a get is waiting for the item. */
    void put(Object item) {
        Waiter getter;
        lock.lock();
        try {
            unfinished++;
            getter = getters.pollFirst();
            if (getter == null) {
                items.addLast(item == null ? NULL_ITEM : item);
                count = items.size();
                notEmpty.signal();
                return;
            }
        } finally {
            lock.unlock();
        }
        getter.complete(SyncReply.ok(item));
    }

    void boundedPut(int max, Object item, long timeoutNanos, Waiter waiter) {
        Outbox out = new Outbox();
        lock.lock();
        try {
            maxsize = max;
            if (putters.isEmpty() && (max <= 0 || items.size() < max)) {
                enqueue(item == null ? NULL_ITEM : item, out);
                out.ok(waiter, null);
            } else {
                HubTimer.park(lock, putters, waiter.data(item == null ? NULL_ITEM : item), timeoutNanos, out);
            }
        } finally {
            lock.unlock();
        }
        out.deliver();
    }

    Object take(long timeoutNanos) {
        // Items from a busy producer arrive microseconds apart: waiting that long awake is much cheaper
        // than parking and being woken for each one.
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        while (count == 0 && System.nanoTime() < spinUntil) {
            Thread.onSpinWait();
        }
        Waiter putter = null;
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
            putter = admitPutter();
            count = items.size();
            return unwrap(item);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting on a queue", ex);
        } finally {
            lock.unlock();
            if (putter != null) {
                putter.complete(SyncReply.ok(null));
            }
        }
    }

    void takeOrPark(Waiter waiter, long timeoutNanos) {
        Outbox out = new Outbox();
        lock.lock();
        try {
            if (!items.isEmpty()) {
                out.ok(waiter, unwrap(dequeue(out)));
            } else {
                HubTimer.park(lock, getters, waiter, timeoutNanos, out);
            }
        } finally {
            lock.unlock();
        }
        out.deliver();
    }

    int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }

    void taskDone(Waiter waiter) {
        Outbox out = new Outbox();
        lock.lock();
        try {
            if (unfinished == 0) {
                out.send(waiter, SyncReply.misuse("task_done() called too many times"));
            } else {
                unfinished--;
                if (unfinished == 0) {
                    joiners.forEach(j -> out.ok(j, null));
                    joiners.clear();
                }
                out.ok(waiter, unfinished);
            }
        } finally {
            lock.unlock();
        }
        out.deliver();
    }

    void join(long timeoutNanos, Waiter waiter) {
        Outbox out = new Outbox();
        lock.lock();
        try {
            if (unfinished == 0) {
                out.ok(waiter, null);
            } else {
                HubTimer.park(lock, joiners, waiter, timeoutNanos, out);
            }
        } finally {
            lock.unlock();
        }
        out.deliver();
    }

    void dropWaitersOf(Object owner) {
        lock.lock();
        try {
            getters.removeIf(w -> w.owner() == owner);
            putters.removeIf(w -> w.owner() == owner);
            joiners.removeIf(w -> w.owner() == owner);
        } finally {
            lock.unlock();
        }
    }

    /** Under the lock: hand the item to a parked getter, or keep it. */
    private void enqueue(Object item, Outbox out) {
        unfinished++;
        Waiter getter = getters.pollFirst();
        if (getter != null) {
            out.ok(getter, unwrap(item));
            return;
        }
        items.addLast(item);
        count = items.size();
        notEmpty.signal();
    }

    /** Under the lock: take the first item; a put waiting for room takes its place. */
    private Object dequeue(Outbox out) {
        Object item = items.pollFirst();
        Waiter putter = admitPutter();
        if (putter != null) {
            out.ok(putter, null);
        }
        count = items.size();
        return item;
    }

    /** Under the lock, after an item left: the first put waiting for room gets it; answer it after unlocking. */
    private Waiter admitPutter() {
        Waiter putter = putters.pollFirst();
        if (putter != null) {
            items.addLast(putter.data());
            unfinished++;
        }
        return putter;
    }

    private static Object unwrap(Object item) {
        return item == NULL_ITEM ? null : item;
    }
}
