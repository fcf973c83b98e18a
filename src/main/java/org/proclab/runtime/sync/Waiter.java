package org.proclab.runtime.sync;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.proclab.runtime.ipc.SyncReply;

/** One caller of a hub operation, answered exactly once: by the operation, by its timeout, or never if it died. */
public final class Waiter {
    private final Object owner;
    private final Consumer<SyncReply> reply;
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile ScheduledFuture<?> timer;
    private Object data;

    /** @param owner the worker connection that asked, or null for the main process itself */
    public Waiter(Object owner, Consumer<SyncReply> reply) {
        this.owner = owner;
        this.reply = reply;
    }

    public Object owner() {
        return owner;
    }

    /** What the operation keeps with the waiter while it waits (the item of a put, a lock's caller). */
    public Object data() {
        return data;
    }

    public Waiter data(Object value) {
        this.data = value;
        return this;
    }

    void timer(ScheduledFuture<?> future) {
        this.timer = future;
    }

    /** True if this call answered it; a second answer (a timeout racing a wake-up) is dropped. */
    public boolean complete(SyncReply answer) {
        if (!done.compareAndSet(false, true)) {
            return false;
        }
        ScheduledFuture<?> t = timer;
        if (t != null) {
            t.cancel(false);
        }
        reply.accept(answer);
        return true;
    }
}
