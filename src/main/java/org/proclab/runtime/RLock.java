package org.proclab.runtime;

import java.io.Serializable;
import java.time.Duration;
import org.proclab.runtime.context.HubCalls;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.SyncOp;
import org.proclab.runtime.ipc.SyncReply;

/**
 * A reentrant lock, like Python's {@code multiprocessing.RLock}: the thread that holds it may acquire it again
 * and must release it as many times; only that thread may release it. It lives in the main process.
 * Events: LOCK_WAIT, LOCK_ACQUIRED and LOCK_RELEASED with index = the recursion level after.
 */
public final class RLock implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private String name;

    public RLock() {
        this.id = HubCalls.create(SyncOp.KIND_RLOCK);
        this.name = "rlock-" + (id & 0xffffff);
    }

    /** Names the lock in the lanes. Call before passing it to a worker. */
    public RLock name(String newName) {
        this.name = newName;
        return this;
    }

    public String name() {
        return name;
    }

    /** Waits as long as it takes; always true. */
    public boolean acquire() {
        return acquireNanos(SyncOp.RLOCK_ACQUIRE, -1, 1) > 0;
    }

    /** Waits at most {@code timeout} (zero: just try); true if this thread now holds the lock. */
    public boolean acquire(Duration timeout) {
        return acquireNanos(SyncOp.RLOCK_ACQUIRE, HubCalls.nanos(timeout), 1) > 0;
    }

    /** Drops one level; throws IllegalStateException if this thread does not hold the lock. */
    public void release() {
        long asked = System.nanoTime();
        int level = (Integer) HubCalls.value(id, SyncOp.RLOCK_RELEASE, HubCalls.me());
        HubCalls.emitAt(asked, EventType.LOCK_RELEASED, name, level, String.valueOf(level));
    }

    /** Whether the calling thread holds the lock (Python's {@code _is_owned()}). */
    public boolean isOwned() {
        return (Boolean) HubCalls.value(id, SyncOp.RLOCK_OWNED, HubCalls.me());
    }

    /** How many times the owner holds it now; 0 when free. */
    public int level() {
        return (Integer) HubCalls.value(id, SyncOp.RLOCK_COUNT, HubCalls.me());
    }

    /** Acquires and returns a handle whose close() releases one level. */
    public Lock.Held hold() {
        acquire();
        return new Lock.Held() {
            private boolean open = true;

            @Override
            public void close() {
                if (open) {
                    open = false;
                    release();
                }
            }
        };
    }

    private int acquireNanos(int op, long timeoutNanos, int levels) {
        ProcessContext ctx = ProcessContext.current();
        if (timeoutNanos != 0) {
            ctx.emitIfTracing(EventType.LOCK_WAIT, name, -1, null, null);
        }
        SyncReply reply = HubCalls.call(id, op, timeoutNanos, HubCalls.me(levels));
        if (reply.status() == SyncReply.TIMEOUT) {
            return 0;
        }
        int level = (Integer) HubCalls.check(reply);
        ctx.emitIfTracing(EventType.LOCK_ACQUIRED, name, level, null, String.valueOf(level));
        return level;
    }

    /** For Condition.await: lets go of every level; answers how many to restore. */
    int releaseAll() {
        long asked = System.nanoTime();
        int levels = (Integer) HubCalls.value(id, SyncOp.RLOCK_RELEASE_ALL, HubCalls.me());
        HubCalls.emitAt(asked, EventType.LOCK_RELEASED, name, 0, "0");
        return levels;
    }

    /** For Condition.await: takes the lock back at the level it had. */
    void restore(int levels) {
        acquireNanos(SyncOp.RLOCK_RESTORE, -1, levels);
    }

    @Override
    public String toString() {
        return "RLock(" + name + ", level " + level() + ")";
    }
}
