package org.proclab.runtime.sync;

import java.util.ArrayDeque;
import java.util.List;
import org.proclab.runtime.ipc.SyncOp;
import org.proclab.runtime.ipc.SyncReply;

/**
 * A counter with waiters, first come first served. With a bound (BoundedSemaphore) a release that would lift
 * the value past it is refused, as Python's ValueError does. An acquire answers the value after it.
 */
final class SemaphoreState extends SyncObject {
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
    private final int bound;
    private int value;

    /** @param bound the largest value, or -1 for none */
    SemaphoreState(int value, int bound) {
        this.value = value;
        this.bound = bound;
    }

    @Override
    void handle(int op, long timeoutNanos, List<Object> args, Waiter waiter, Outbox out) {
        switch (op) {
            case SyncOp.SEM_ACQUIRE:
                if (value > 0 && waiting.isEmpty()) {
                    value--;
                    out.ok(waiter, value);
                } else {
                    park(waiting, waiter, timeoutNanos, out);
                }
                break;
            case SyncOp.SEM_RELEASE:
                if (bound >= 0 && value >= bound) {
                    out.send(waiter, SyncReply.misuse("semaphore released too many times (bound " + bound + ")"));
                    break;
                }
                Waiter next = waiting.pollFirst();
                if (next == null) {
                    value++;
                } else {
                    out.ok(next, value);
                }
                out.ok(waiter, value);
                break;
            case SyncOp.SEM_VALUE:
                out.ok(waiter, value);
                break;
            default:
                out.send(waiter, unknownOp(op));
        }
    }

    @Override
    void forget(Object owner, Outbox out) {
        dropOwned(waiting, owner);
    }
}
