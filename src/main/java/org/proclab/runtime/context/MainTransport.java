package org.proclab.runtime.context;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.QueueTransport;
import org.proclab.runtime.ipc.SyncOp;
import org.proclab.runtime.ipc.SyncReply;
import org.proclab.runtime.sync.SyncHub;
import org.proclab.runtime.sync.Waiter;

/**
 * The main process's own transport: the hubs themselves. Its queue puts are reported here, so the hubs know
 * nothing of events. Requests of workers at any depth end here.
 */
final class MainTransport implements QueueTransport {
    private final QueueHub queues;
    private final SyncHub objects;

    MainTransport(QueueHub queues, SyncHub objects) {
        this.queues = queues;
        this.objects = objects;
    }

    @Override
    public void put(long queueId, String queueName, Object item) {
        ProcessContext.current().emitIfTracing(EventType.QUEUE_PUT, queueName, -1, null, String.valueOf(item));
        queues.put(queueId, item);
    }

    @Override
    public Object get(long queueId, long timeoutNanos) {
        return queues.get(queueId, timeoutNanos);
    }

    @Override
    public void getAsync(long queueId, long timeoutNanos, Object owner, Consumer<Object> reply) {
        queues.remoteGet(queueId, timeoutNanos, owner, reply);
    }

    @Override
    public SyncReply call(long objectId, int op, long timeoutNanos, List<Object> args) {
        CompletableFuture<SyncReply> answer = new CompletableFuture<>();
        callAsync(objectId, op, timeoutNanos, args, null, answer::complete);
        // The hub answers every call, at the latest when its timeout runs out.
        boolean interrupted = false;
        while (true) {
            try {
                SyncReply reply = answer.get();
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return reply;
            } catch (InterruptedException ex) {
                interrupted = true;
            } catch (java.util.concurrent.ExecutionException ex) {
                throw new IllegalStateException(ex.getCause());
            }
        }
    }

    @Override
    public void callAsync(long objectId, int op, long timeoutNanos, List<Object> args, Object owner,
                          Consumer<SyncReply> reply) {
        Waiter waiter = new Waiter(owner, reply);
        if (SyncOp.isQueueOp(op)) {
            queues.call(objectId, op, timeoutNanos, args, waiter);
        } else {
            objects.call(objectId, op, timeoutNanos, args, waiter);
        }
    }

    @Override
    public void forget(Object owner) {
        queues.forget(owner);
        objects.forget(owner);
    }
}
