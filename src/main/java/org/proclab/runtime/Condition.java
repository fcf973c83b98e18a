package org.proclab.runtime;

import java.io.Serializable;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.proclab.runtime.context.HubCalls;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.SyncOp;

/**
 * A condition variable, like Python's {@code multiprocessing.Condition}: wait for a change under a lock
 * (an RLock unless you pass a Lock), and be woken by a notify. Java's {@code Object} already has final
 * {@code wait}, {@code notify} and {@code notifyAll}, so they are {@code await}, {@code notify(n)} /
 * {@code notifyOne} and {@code notifyAllWaiters} here.
 */
public final class Condition implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private final Object lock;
    private transient ConditionLock held;
    private String name;

    public Condition() {
        this(new RLock());
    }

    public Condition(RLock lock) {
        this((Object) lock);
    }

    public Condition(Lock lock) {
        this((Object) lock);
    }

    private Condition(Object lock) {
        this.lock = lock;
        this.id = HubCalls.create(SyncOp.KIND_CONDITION);
        this.name = "condition-" + (id & 0xffffff);
    }

    /** Names the condition in the lanes. Call before passing it to a worker. */
    public Condition name(String newName) {
        this.name = newName;
        return this;
    }

    public String name() {
        return name;
    }

    public void acquire() {
        lock().acquire();
    }

    public boolean acquire(Duration timeout) {
        return lock().acquire(timeout);
    }

    public void release() {
        lock().release();
    }

    /** Acquires the lock and returns a handle whose close() releases it. */
    public Lock.Held hold() {
        acquire();
        return this::release;
    }

    /** Lets go of the lock, waits for a notify, takes the lock back. Always true. */
    public boolean await() {
        return awaitNanos(-1);
    }

    /** The same, waiting at most {@code timeout}: false if it ran out (the lock is held again either way). */
    public boolean await(Duration timeout) {
        return awaitNanos(HubCalls.nanos(timeout));
    }

    /**
     * Waits until {@code predicate} is true, checking it under the lock before each wait, as Python's
     * {@code wait_for}; answers the predicate's last value.
     */
    public boolean waitFor(BooleanSupplier predicate) {
        boolean result = predicate.getAsBoolean();
        while (!result) {
            await();
            result = predicate.getAsBoolean();
        }
        return true;
    }

    /** The same, giving up once {@code timeout} has passed in all. */
    public boolean waitFor(BooleanSupplier predicate, Duration timeout) {
        long deadline = System.nanoTime() + HubCalls.nanos(timeout);
        boolean result = predicate.getAsBoolean();
        while (!result) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            awaitNanos(left);
            result = predicate.getAsBoolean();
        }
        return result;
    }

    /** Wakes at most {@code n} waiters, the longest waiting first; answers how many. */
    public int notify(int n) {
        requireOwned("notify");
        long asked = System.nanoTime();
        int woken = (Integer) HubCalls.value(id, SyncOp.COND_NOTIFY, n);
        HubCalls.emitAt(asked, EventType.CONDITION_NOTIFY, name, woken, String.valueOf(woken));
        return woken;
    }

    /** Python's {@code notify()}: wakes one waiter. */
    public int notifyOne() {
        return notify(1);
    }

    /** Python's {@code notify_all()}. */
    public int notifyAllWaiters() {
        return notify(-1);
    }

    private boolean awaitNanos(long timeoutNanos) {
        requireOwned("wait");
        // The ticket is taken while the lock is held: a notify after we let go of it always finds us.
        long ticket = (Long) HubCalls.value(id, SyncOp.COND_ENQUEUE);
        ConditionLock l = lock();
        int levels = l.releaseAll();
        ProcessContext ctx = ProcessContext.current();
        ctx.emitIfTracing(EventType.CONDITION_WAIT, name, -1, null, null);
        boolean notified = (Boolean) HubCalls.check(HubCalls.call(id, SyncOp.COND_AWAIT, timeoutNanos, ticket));
        ctx.emitIfTracing(EventType.CONDITION_WOKEN, name, -1, null, String.valueOf(notified));
        l.restore(levels);
        return notified;
    }

    private void requireOwned(String what) {
        if (!lock().heldByCurrentThread()) {
            throw new IllegalStateException("cannot " + what + " on un-acquired lock: acquire the condition first");
        }
    }

    private ConditionLock lock() {
        if (held == null) {
            held = ConditionLock.of(lock);
        }
        return held;
    }

    @Override
    public String toString() {
        return "Condition(" + name + ")";
    }
}
