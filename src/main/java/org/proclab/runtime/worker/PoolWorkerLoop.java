package org.proclab.runtime.worker;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.proclab.runtime.Fn;
import org.proclab.runtime.ProcessContext;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.Frame;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;

/**
 * A pool worker: takes functions and tasks from its parent until told to stop. It reads its own frames on
 * the thread that runs the tasks, so a task reaches it without a thread hand-off; when a task waits for a
 * queue reply, this thread keeps reading and sets other frames aside until the reply is there.
 */
final class PoolWorkerLoop {
    private final WorkerLink link;
    private final Supplier<Frame> frames;
    private final ArrayDeque<Frame> setAside = new ArrayDeque<>();
    private final Map<Integer, Fn<Object, Object>> functions = new HashMap<>();
    private String poolName;

    PoolWorkerLoop(WorkerLink link, Supplier<Frame> frames) {
        this.link = link;
        this.frames = frames;
    }

    int run(PayloadReader start) throws IOException {
        String name = start.readString();
        poolName = start.readString();
        boolean trace = start.readBoolean();
        ProcessContext.installWorker(name, link, trace, link);
        link.pumpRepliesWith(this::pumpOne);
        link.send(FrameType.STARTED, new byte[0]);
        while (true) {
            Frame frame = setAside.isEmpty() ? frames.get() : setAside.pollFirst();
            if (frame.type() == FrameType.SHUTDOWN) {
                link.send(FrameType.EXIT_NOTICE,
                        new PayloadWriter().writeInt(0).writeString("pool closed").toByteArray());
                return 0;
            } else if (frame.type() == FrameType.POOL_FN) {
                register(frame.data());
            } else if (frame.type() == FrameType.POOL_TASK) {
                runTask(frame.data());
            } else if (frame.type() == FrameType.QUEUE_REPLY) {
                link.onQueueReply(frame);
            }
        }
    }

    /** Reads one frame while a task waits for a queue reply. */
    private void pumpOne() {
        Frame frame = frames.get();
        try {
            if (frame.type() == FrameType.QUEUE_REPLY) {
                link.onQueueReply(frame);
            } else {
                setAside.addLast(frame);
            }
        } catch (IOException ex) {
            System.err.println("worker: malformed frame from parent: " + ex.getMessage());
            WorkerLink.parentGone();
        }
    }

    @SuppressWarnings("unchecked")
    private void register(PayloadReader in) throws IOException {
        int id = in.readInt();
        functions.put(id, (Fn<Object, Object>) ItemCodec.deserialize(in.readBytes()));
    }

    private void runTask(PayloadReader in) throws IOException {
        long taskId = in.readLong();
        int fnId = in.readInt();
        List<Object> items = ItemCodec.readList(in);
        ProcessContext ctx = ProcessContext.current();
        ctx.emitIfTracing(EventType.TASK_STARTED, poolName, taskId, null, null);
        Fn<Object, Object> fn = functions.get(fnId);
        List<Object> results = new ArrayList<>(items.size());
        try {
            for (Object item : items) {
                results.add(fn.apply(item));
            }
        } catch (Throwable t) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            if (ctx.tracing()) {
                ctx.emit(ctx.event(EventType.TASK_FINISHED, poolName).withIndex(taskId).withText("error: " + t));
            }
            link.send(FrameType.TASK_ERROR, new PayloadWriter().writeLong(taskId).writeString(t.getClass().getName())
                    .writeString(String.valueOf(t.getMessage())).writeString(trace.toString()).toByteArray());
            return;
        }
        // The event goes first: on one pipe it then reaches the parent before the result it describes.
        if (ctx.tracing()) {
            String shown = results.size() == 1 ? String.valueOf(results.get(0)) : results.size() + " results";
            ctx.emit(ctx.event(EventType.TASK_FINISHED, poolName).withIndex(taskId).withValues(null, shown)
                    .withText("ok"));
        }
        PayloadWriter out = new PayloadWriter(16 + results.size() * 5).writeLong(taskId);
        ItemCodec.writeList(out, results);
        link.send(FrameType.TASK_DONE, out);
    }
}
