package org.proclab.runtime.sync;

import java.util.ArrayList;
import java.util.List;
import org.proclab.runtime.ipc.SyncOp;
import org.proclab.runtime.ipc.SyncReply;

/** A managed list: the one copy. Indexes may be negative, counting from the end, as in Python. */
final class ListState extends SyncObject {
    private final List<Object> items = new ArrayList<>();

    @Override
    void handle(int op, long timeoutNanos, List<Object> args, Waiter waiter, Outbox out) {
        switch (op) {
            case SyncOp.LIST_APPEND:
                items.add(args.get(0));
                out.ok(waiter, items.size());
                break;
            case SyncOp.LIST_GET:
            case SyncOp.LIST_SET:
            case SyncOp.LIST_POP:
                int at = index(intArg(args, 0));
                if (at < 0) {
                    out.send(waiter, SyncReply.misuse("list index " + args.get(0) + " out of range (size "
                            + items.size() + ")"));
                } else if (op == SyncOp.LIST_GET) {
                    out.ok(waiter, items.get(at));
                } else if (op == SyncOp.LIST_SET) {
                    out.ok(waiter, items.set(at, args.get(1)));
                } else {
                    out.ok(waiter, items.remove(at));
                }
                break;
            case SyncOp.LIST_SIZE:
                out.ok(waiter, items.size());
                break;
            case SyncOp.LIST_ITEMS:
                out.ok(waiter, new ArrayList<>(items));
                break;
            default:
                out.send(waiter, unknownOp(op));
        }
    }

    private int index(int i) {
        int at = i < 0 ? items.size() + i : i;
        return at >= 0 && at < items.size() ? at : -1;
    }

    @Override
    void forget(Object owner, Outbox out) {
        // nobody waits on a list
    }
}
