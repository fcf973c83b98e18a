package org.proclab.runtime.worker;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventSink;
import org.proclab.runtime.ipc.EventCodec;
import org.proclab.runtime.ipc.Frame;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.FrameWriter;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.ipc.QueueTransport;
import org.proclab.runtime.ipc.SyncReply;
import org.proclab.runtime.ipc.frames.OutputFrame;
import org.proclab.runtime.ipc.frames.QueueGetFrame;
import org.proclab.runtime.ipc.frames.QueuePutFrame;
import org.proclab.runtime.ipc.frames.QueueReplyFrame;
import org.proclab.runtime.ipc.frames.SyncCallFrame;
import org.proclab.runtime.spawn.ExitStatus;

/**
 * A worker's side of the pipe to its parent: events, output lines and queue requests go up; queue replies
 * come down. If the parent is gone, the worker has no reason to live: it halts at once (no orphans).
 */
final class WorkerLink implements EventSink, QueueTransport {
    private final FrameWriter writer;
    private final AtomicLong requests = new AtomicLong();
    private final Map<Long, Consumer<Object>> pending = new ConcurrentHashMap<>();
    private volatile Runnable replyPump;
    private volatile Thread replyPumpThread;

    WorkerLink(FrameWriter writer) {
        this.writer = writer;
    }

    void send(byte type, byte[] payload) {
        try {
            writer.send(type, payload);
        } catch (IOException ex) {
            parentGone();
        }
    }

    void send(byte type, PayloadWriter payload) {
        try {
            writer.send(type, payload);
        } catch (IOException ex) {
            parentGone();
        }
    }

    /** A frame that may go out with the next flush (within half a millisecond at the latest). */
    void sendDeferred(byte type, PayloadWriter payload) {
        try {
            writer.sendDeferred(type, payload);
        } catch (IOException ex) {
            parentGone();
        }
    }

    /** A frame written now, on this thread, after anything deferred. */
    void sendNow(byte type, PayloadWriter payload) {
        try {
            writer.sendNow(type, payload);
        } catch (IOException ex) {
            parentGone();
        }
    }

    void flush() {
        try {
            writer.flush();
        } catch (IOException ex) {
            parentGone();
        }
    }

    @Override
    public void accept(Event event) {
        send(FrameType.EVENT, EventCodec.encode(event));
    }

    void output(int stream, String line) {
        send(OutputFrame.TYPE, new OutputFrame(stream, line).encode());
    }

    @Override
    public void put(long queueId, String queueName, Object item) {
        // The parent makes the QUEUE_PUT event from this frame: only our timestamp has to travel.
        QueuePutFrame frame = ProcessContext.current().tracing()
                ? new QueuePutFrame(queueId, item, System.nanoTime(), queueName)
                : QueuePutFrame.untraced(queueId, item);
        send(QueuePutFrame.TYPE, frame.encode());
    }

    /**
     * In a pool worker there is no reader thread: the thread that runs tasks reads frames itself, so when it
     * waits for a queue reply it must keep reading, with {@code pump}.
     */
    void pumpRepliesWith(Runnable pump) {
        this.replyPump = pump;
        this.replyPumpThread = Thread.currentThread();
    }

    @Override
    public Object get(long queueId, long timeoutNanos) {
        Reply reply = new Reply(Thread.currentThread());
        long id = register(reply::complete);
        send(QueueGetFrame.TYPE, new QueueGetFrame(id, queueId, timeoutNanos).encode());
        return reply.await();
    }

    @Override
    public void getAsync(long queueId, long timeoutNanos, Object owner, Consumer<Object> answer) {
        long id = register(answer);
        send(QueueGetFrame.TYPE, new QueueGetFrame(id, queueId, timeoutNanos).encode());
    }

    @Override
    public SyncReply call(long objectId, int op, long timeoutNanos, List<Object> args) {
        Reply reply = new Reply(Thread.currentThread());
        long id = register(reply::complete);
        send(SyncCallFrame.TYPE, new SyncCallFrame(id, objectId, op, timeoutNanos, args).encode());
        return SyncReply.fromItem(reply.await());
    }

    @Override
    public void callAsync(long objectId, int op, long timeoutNanos, List<Object> args, Object owner,
                          Consumer<SyncReply> answer) {
        long id = register(item -> answer.accept(SyncReply.fromItem(item)));
        send(SyncCallFrame.TYPE, new SyncCallFrame(id, objectId, op, timeoutNanos, args).encode());
    }

    @Override
    public void forget(Object owner) {
        // The requests passed on for a dead child are answered by the hub anyway; their answers are dropped.
    }

    private long register(Consumer<Object> answer) {
        long id = requests.incrementAndGet();
        pending.put(id, answer);
        return id;
    }

    /** Called on the reader thread for a QUEUE_REPLY frame. */
    void onQueueReply(Frame frame) throws IOException {
        QueueReplyFrame answer = QueueReplyFrame.decode(frame.data());
        Consumer<Object> reply = pending.remove(answer.requestId());
        if (reply != null) {
            reply.accept(answer.item());
        }
    }

    static void parentGone() {
        // The pipe to the parent broke: the parent exited or was killed. Leave at once, without hooks.
        Runtime.getRuntime().halt(ExitStatus.PARENT_GONE);
    }

    /** One blocking request: the parent answers every one (with EMPTY or TIMEOUT when its time runs out). */
    private final class Reply {
        final Thread waiter;
        volatile Object item;
        volatile boolean done;

        Reply(Thread waiter) {
            this.waiter = waiter;
        }

        void complete(Object answer) {
            item = answer;
            done = true;
            LockSupport.unpark(waiter);
        }

        Object await() {
            if (replyPumpThread == Thread.currentThread()) {
                while (!done) {
                    replyPump.run();
                }
            }
            while (!done) {
                LockSupport.park(this);
            }
            return item;
        }
    }
}
