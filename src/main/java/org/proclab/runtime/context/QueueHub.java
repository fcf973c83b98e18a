package org.proclab.runtime.context;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.proclab.runtime.ipc.QueueTransport;
import org.proclab.runtime.ipc.SyncOp;
import org.proclab.runtime.ipc.SyncReply;
import org.proclab.runtime.sync.Waiter;

/**
 * The main process keeps every queue's items. Local callers block on a condition; a worker's get is parked
 * as a waiter and answered over its pipe when an item arrives or its timeout passes, so no thread ever
 * blocks on behalf of a worker. A bounded queue's puts, its sizes and its task counts arrive as hub calls.
 */
public final class QueueHub {
    private final Map<Long, QueueState> queues = new ConcurrentHashMap<>();

    /** Adds an item to an unbounded queue; whoever put it has already reported the put (or did not trace). */
    public void put(long queueId, Object item) {
        state(queueId).put(item);
    }

    /** The next item, waiting at most {@code timeoutNanos} (-1 = forever); {@link QueueTransport#EMPTY} if none came. */
    public Object get(long queueId, long timeoutNanos) {
        return state(queueId).take(timeoutNanos);
    }

    /**
     * A worker asked for an item: {@code reply} is called exactly once, with the item or {@link QueueTransport#EMPTY}.
     * {@code owner} identifies the asking worker so its waiters can be dropped if it dies.
     */
    public void remoteGet(long queueId, long timeoutNanos, Object owner, Consumer<Object> reply) {
        Waiter waiter = new Waiter(owner, r -> reply.accept(r.status() == SyncReply.OK ? r.value() : QueueTransport.EMPTY));
        state(queueId).takeOrPark(waiter, timeoutNanos);
    }

    /** A {@link SyncOp#isQueueOp queue op}: a bounded put, a size, a task done or a join. */
    public void call(long queueId, int op, long timeoutNanos, List<Object> args, Waiter waiter) {
        QueueState state = state(queueId);
        switch (op) {
            case SyncOp.QUEUE_PUT:
                state.boundedPut(((Number) args.get(0)).intValue(), args.get(1), timeoutNanos, waiter);
                break;
            case SyncOp.QUEUE_SIZE:
                waiter.complete(SyncReply.ok(state.size()));
                break;
            case SyncOp.QUEUE_TASK_DONE:
                state.taskDone(waiter);
                break;
            case SyncOp.QUEUE_JOIN:
                state.join(timeoutNanos, waiter);
                break;
            default:
                waiter.complete(SyncReply.misuse("unknown queue operation " + op));
        }
    }

    /** A worker died: its parked gets will never be read, so items must not be handed to them. */
    public void forget(Object owner) {
        for (QueueState state : queues.values()) {
            state.dropWaitersOf(owner);
        }
    }

    private QueueState state(long queueId) {
        return queues.computeIfAbsent(queueId, id -> new QueueState());
    }
}
