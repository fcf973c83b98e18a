package org.proclab.runtime.sync;

import java.util.ArrayDeque;
import java.util.List;
import org.proclab.runtime.ipc.SyncOp;

/** An Event's flag and the processes waiting for it to be set. */
final class EventState extends SyncObject {
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
    private boolean flag;

    @Override
    void handle(int op, long timeoutNanos, List<Object> args, Waiter waiter, Outbox out) {
        switch (op) {
            case SyncOp.EVENT_SET:
                flag = true;
                for (Waiter w : waiting) {
                    out.ok(w, true);
                }
                waiting.clear();
                out.ok(waiter, null);
                break;
            case SyncOp.EVENT_CLEAR:
                flag = false;
                out.ok(waiter, null);
                break;
            case SyncOp.EVENT_IS_SET:
                out.ok(waiter, flag);
                break;
            case SyncOp.EVENT_WAIT:
                if (flag) {
                    out.ok(waiter, true);
                } else {
                    park(waiting, waiter, timeoutNanos, out);
                }
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
