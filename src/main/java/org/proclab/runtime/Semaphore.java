package org.proclab.runtime;

import java.io.Serializable;
import java.time.Duration;
import org.proclab.runtime.context.HubCalls;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.SyncOp;
import org.proclab.runtime.ipc.SyncReply;

/**
 * A counter that acquire takes one from and waits at zero, like Python's {@code multiprocessing.Semaphore}.
 * It lives in the main process; waiters are served first come, first served.
 */
public class Semaphore implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private String name;

    public Semaphore() {
        this(1);
    }

    public Semaphore(int value) {
        this(value, -1, "semaphore");
    }

    Semaphore(int value, int bound, String prefix) {
        if (value < 0) {
            throw new IllegalArgumentException("semaphore initial value must be >= 0, not " + value);
        }
        this.id = HubCalls.create(SyncOp.KIND_SEMAPHORE, value, bound);
        this.name = prefix + "-" + (id & 0xffffff);
    }

    /** Names the semaphore in the lanes. Call before passing it to a worker. */
    public Semaphore name(String newName) {
        this.name = newName;
        return this;
    }

    public String name() {
        return name;
    }

    /** Waits as long as it takes. Always true. */
    public boolean acquire() {
        return acquireNanos(-1);
    }

    /** Waits at most {@code timeout} (zero: just try); true if acquired. */
    public boolean acquire(Duration timeout) {
        return acquireNanos(HubCalls.nanos(timeout));
    }

    private boolean acquireNanos(long timeoutNanos) {
        ProcessContext ctx = ProcessContext.current();
        if (timeoutNanos != 0) {
            ctx.emitIfTracing(EventType.SEMAPHORE_WAIT, name, -1, null, null);
        }
        SyncReply reply = HubCalls.call(id, SyncOp.SEM_ACQUIRE, timeoutNanos);
        if (reply.status() == SyncReply.TIMEOUT) {
            return false;
        }
        int after = (Integer) HubCalls.check(reply);
        ctx.emitIfTracing(EventType.SEMAPHORE_ACQUIRED, name, after, null, String.valueOf(after));
        return true;
    }

    /** Adds one, waking the first waiter. A BoundedSemaphore refuses to pass its bound (IllegalStateException). */
    public void release() {
        long asked = System.nanoTime();
        int after = (Integer) HubCalls.value(id, SyncOp.SEM_RELEASE);
        HubCalls.emitAt(asked, EventType.SEMAPHORE_RELEASED, name, after, String.valueOf(after));
    }

    /** Python's {@code get_value()}: the count right now. */
    public int getValue() {
        return (Integer) HubCalls.value(id, SyncOp.SEM_VALUE);
    }

    /** Acquires and returns a handle whose close() releases: {@code try (var held = sem.hold()) { ... }}. */
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

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + name + ", value=" + getValue() + ")";
    }
}
