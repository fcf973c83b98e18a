package org.proclab.runtime.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proclab.runtime.ipc.SyncOp;

/** A managed dict: the one copy, in insertion order like Python's dict. Nothing here ever waits. */
final class DictState extends SyncObject {
    private final Map<Object, Object> entries = new LinkedHashMap<>();

    @Override
    void handle(int op, long timeoutNanos, List<Object> args, Waiter waiter, Outbox out) {
        switch (op) {
            case SyncOp.DICT_GET:
                out.ok(waiter, found(entries.containsKey(args.get(0)), entries.get(args.get(0))));
                break;
            case SyncOp.DICT_SET:
                boolean had = entries.containsKey(args.get(0));
                out.ok(waiter, found(had, entries.put(args.get(0), args.get(1))));
                break;
            case SyncOp.DICT_DELETE:
                boolean present = entries.containsKey(args.get(0));
                out.ok(waiter, found(present, entries.remove(args.get(0))));
                break;
            case SyncOp.DICT_SIZE:
                out.ok(waiter, entries.size());
                break;
            case SyncOp.DICT_ITEMS:
                List<Object> flat = new ArrayList<>(entries.size() * 2);
                entries.forEach((k, v) -> {
                    flat.add(k);
                    flat.add(v);
                });
                out.ok(waiter, flat);
                break;
            case SyncOp.DICT_CLEAR:
                entries.clear();
                out.ok(waiter, null);
                break;
            default:
                out.send(waiter, unknownOp(op));
        }
    }

    private static List<Object> found(boolean found, Object value) {
        List<Object> pair = new ArrayList<>(2);
        pair.add(found);
        pair.add(value);
        return pair;
    }

    @Override
    void forget(Object owner, Outbox out) {
        // nobody waits on a dict
    }
}
