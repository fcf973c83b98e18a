package org.proclab.runtime.sync;

import java.util.Collection;
import java.util.List;
import org.proclab.runtime.ipc.SyncReply;

/** One shared object in the hub. Every operation runs under the object's monitor; answers go out after. */
abstract class SyncObject {
    final void call(int op, long timeoutNanos, List<Object> args, Waiter waiter) {
        Outbox out = new Outbox();
        synchronized (this) {
            handle(op, timeoutNanos, args, waiter, out);
        }
        out.deliver();
    }

    /** Answer {@code waiter} now (through {@code out}) or park it until it can be answered. */
    abstract void handle(int op, long timeoutNanos, List<Object> args, Waiter waiter, Outbox out);

    /** A worker died: its waiters will never read an answer, and what it held is let go. */
    final void leave(Object owner) {
        Outbox out = new Outbox();
        synchronized (this) {
            forget(owner, out);
        }
        out.deliver();
    }

    abstract void forget(Object owner, Outbox out);

    final void park(Collection<Waiter> queue, Waiter waiter, long timeoutNanos, Outbox out) {
        HubTimer.park(this, queue, waiter, timeoutNanos, out);
    }

    static void dropOwned(Collection<Waiter> queue, Object owner) {
        queue.removeIf(w -> w.owner() == owner && owner != null);
    }

    static SyncReply unknownOp(int op) {
        return SyncReply.misuse("unknown operation " + op);
    }

    static int intArg(List<Object> args, int i) {
        return ((Number) args.get(i)).intValue();
    }

    static long longArg(List<Object> args, int i) {
        return ((Number) args.get(i)).longValue();
    }
}
