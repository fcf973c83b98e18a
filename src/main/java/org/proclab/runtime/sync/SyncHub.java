package org.proclab.runtime.sync;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.proclab.runtime.ipc.SyncOp;
import org.proclab.runtime.ipc.SyncReply;

/**
 * The main process's store of every shared object that is not plain memory: events, semaphores, reentrant
 * locks, conditions, pipes, managed dicts and lists. A worker's operation arrives as a SYNC_CALL and is
 * answered over its pipe; nothing blocks a thread on a worker's behalf.
 */
public final class SyncHub {
    private final Map<Long, SyncObject> objects = new ConcurrentHashMap<>();

    /** Performs {@code op}; {@code waiter} is answered exactly once, now or later. */
    public void call(long objectId, int op, long timeoutNanos, List<Object> args, Waiter waiter) {
        if (op == SyncOp.CREATE) {
            objects.putIfAbsent(objectId, create(args));
            waiter.complete(SyncReply.ok(null));
            return;
        }
        if (op == SyncOp.DROP) {
            objects.remove(objectId);
            waiter.complete(SyncReply.ok(null));
            return;
        }
        SyncObject target = objects.get(objectId);
        if (target == null) {
            waiter.complete(new SyncReply(SyncReply.GONE, "no such shared object (was its Manager shut down?)"));
            return;
        }
        target.call(op, timeoutNanos, args, waiter);
    }

    /** A worker died: drop its waits everywhere. */
    public void forget(Object owner) {
        for (SyncObject o : objects.values()) {
            o.leave(owner);
        }
    }

    private static SyncObject create(List<Object> args) {
        int kind = SyncObject.intArg(args, 0);
        switch (kind) {
            case SyncOp.KIND_EVENT:
                return new EventState();
            case SyncOp.KIND_SEMAPHORE:
                return new SemaphoreState(SyncObject.intArg(args, 1), SyncObject.intArg(args, 2));
            case SyncOp.KIND_RLOCK:
                return new RLockState();
            case SyncOp.KIND_CONDITION:
                return new ConditionState();
            case SyncOp.KIND_PIPE:
                return new PipeState();
            case SyncOp.KIND_DICT:
                return new DictState();
            case SyncOp.KIND_LIST:
                return new ListState();
            default:
                throw new IllegalArgumentException("unknown shared object kind " + kind);
        }
    }
}
