package org.proclab.runtime.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proclab.runtime.ipc.SyncOp;
import org.proclab.runtime.ipc.SyncReply;

/**
 * A condition's waiters in the order they began to wait. A waiter takes a ticket while it still holds the
 * lock and only then lets go of it, so a notify made under the lock can never fall between the two.
 */
final class ConditionState extends SyncObject {
    /** ticket -> its parked await, or null while the waiter is between taking the ticket and awaiting it. */
    private final Map<Long, Waiter> waiting = new LinkedHashMap<>();
    private final List<Long> notified = new ArrayList<>();
    private long nextTicket;

    @Override
    void handle(int op, long timeoutNanos, List<Object> args, Waiter waiter, Outbox out) {
        switch (op) {
            case SyncOp.COND_ENQUEUE:
                long ticket = ++nextTicket;
                waiting.put(ticket, null);
                out.ok(waiter, ticket);
                break;
            case SyncOp.COND_AWAIT:
                awaitTicket(longArg(args, 0), timeoutNanos, waiter, out);
                break;
            case SyncOp.COND_NOTIFY:
                out.ok(waiter, wake(intArg(args, 0), out));
                break;
            default:
                out.send(waiter, unknownOp(op));
        }
    }

    private void awaitTicket(long ticket, long timeoutNanos, Waiter waiter, Outbox out) {
        if (notified.remove(Long.valueOf(ticket))) {
            out.ok(waiter, true);
        } else if (!waiting.containsKey(ticket)) {
            out.ok(waiter, false);
        } else if (timeoutNanos == 0) {
            waiting.remove(ticket);
            out.ok(waiter, false);
        } else {
            waiting.put(ticket, waiter);
            if (timeoutNanos > 0) {
                HubTimer.after(timeoutNanos, () -> expire(ticket, waiter));
            }
        }
    }

    private void expire(long ticket, Waiter waiter) {
        boolean removed;
        synchronized (this) {
            removed = waiting.get(ticket) == waiter && waiting.remove(ticket) != null;
        }
        if (removed) {
            waiter.complete(SyncReply.ok(false));
        }
    }

    private int wake(int n, Outbox out) {
        int woken = 0;
        var it = waiting.entrySet().iterator();
        while (it.hasNext() && (n < 0 || woken < n)) {
            Map.Entry<Long, Waiter> e = it.next();
            it.remove();
            if (e.getValue() == null) {
                notified.add(e.getKey());
            } else {
                out.ok(e.getValue(), true);
            }
            woken++;
        }
        return woken;
    }

    @Override
    void forget(Object owner, Outbox out) {
        waiting.values().removeIf(w -> w != null && w.owner() == owner && owner != null);
    }
}
