package org.proclab.runtime.worker;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.proclab.runtime.JobCodec;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.Frame;
import org.proclab.runtime.ipc.FrameReader;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.ipc.frames.ExitNoticeFrame;
import org.proclab.runtime.ipc.frames.PoolFnFrame;
import org.proclab.runtime.ipc.frames.PoolStartFrame;
import org.proclab.runtime.ipc.frames.PoolTaskFrame;
import org.proclab.runtime.ipc.frames.QueueReplyFrame;
import org.proclab.runtime.ipc.frames.TaskDoneFrame;
import org.proclab.runtime.ipc.frames.TaskErrorFrame;

/**
 * A pool worker: takes functions and tasks from its parent until told to stop. It reads its own frames on
 * the thread that runs the tasks, so a task reaches it without a thread hand-off; when a task waits for a
 * queue reply, this thread keeps reading and sets other frames aside until the reply is there. While more
 * tasks wait in its pipe, their results are held and go up together after the last of them (or after half
 * a millisecond): one write for a run of small tasks instead of one each.
 */
final class PoolWorkerLoop {
    private final WorkerLink link;
    private final FrameReader frames;
    private final ArrayDeque<Frame> setAside = new ArrayDeque<>();
    private final Map<Integer, Object> functions = new HashMap<>();
    private String poolName;

    // The reader itself, not lambdas over it: each lambda first linked in a new worker cost about a millisecond.
    PoolWorkerLoop(WorkerLink link, FrameReader frames) {
        this.link = link;
        this.frames = frames;
    }

    int run(PayloadReader start) throws IOException {
        PoolStartFrame frame = PoolStartFrame.decode(start);
        poolName = frame.poolName();
        ProcessContext.installWorker(frame.workerName(), link, frame.trace(), link);
        link.pumpRepliesWith(new ReplyPump());
        link.send(FrameType.STARTED, new byte[0]);
        while (true) {
            Frame next = setAside.isEmpty() ? WorkerMain.readOrDie(frames) : setAside.pollFirst();
            if (next.type() == FrameType.SHUTDOWN) {
                link.send(ExitNoticeFrame.TYPE, new ExitNoticeFrame(0, "pool closed").encode());
                return 0;
            } else if (next.type() == PoolFnFrame.TYPE) {
                register(PoolFnFrame.decode(next.data()));
            } else if (next.type() == PoolTaskFrame.TYPE) {
                runTask(PoolTaskFrame.decode(next.data()));
            } else if (next.type() == QueueReplyFrame.TYPE) {
                link.onQueueReply(next);
            }
        }
    }

    /** Reads one frame while a task waits for a queue reply. */
    private final class ReplyPump implements Runnable {
        @Override
        public void run() {
            pumpOne();
        }
    }

    private void pumpOne() {
        // The task now waits for its parent, which may be waiting for the results held back so far.
        link.flush();
        Frame frame = WorkerMain.readOrDie(frames);
        try {
            if (frame.type() == QueueReplyFrame.TYPE) {
                link.onQueueReply(frame);
            } else {
                setAside.addLast(frame);
            }
        } catch (IOException ex) {
            System.err.println("worker: malformed frame from parent: " + ex.getMessage());
            WorkerLink.parentGone();
        }
    }

    private void register(PoolFnFrame fn) throws IOException {
        functions.put(fn.fnId(), JobCodec.decodeFunction(fn.function()));
    }

    /** Longer result lists stay out of the event stream (a map of large values would flood it). */
    private static final int MAX_SHOWN_CHARS = 2000;

    private void runTask(PoolTaskFrame task) {
        long taskId = task.taskId();
        ProcessContext ctx = ProcessContext.current();
        ctx.emitIfTracing(EventType.TASK_STARTED, poolName, taskId, null, null);
        List<Object> results;
        try {
            results = TaskCall.applyAll(functions.get(task.fnId()), task.items(), task.star());
        } catch (Throwable t) {
            fail(ctx, taskId, t);
            return;
        }
        PayloadWriter payload;
        try {
            payload = new TaskDoneFrame(taskId, results).encode();
        } catch (RuntimeException ex) {
            // CPython's MaybeEncodingError: the task ran, its result cannot travel; the worker carries on.
            fail(ctx, taskId, new IllegalArgumentException("Error sending result: '" + shown(results)
                    + "'. Reason: '" + ex.getMessage() + "'", ex));
            return;
        }
        // The event goes first: on one pipe it then reaches the parent before the result it describes.
        if (ctx.tracing()) {
            ctx.emit(ctx.event(EventType.TASK_FINISHED, poolName).withIndex(taskId).withValues(null, shown(results))
                    .withText("ok"));
        }
        reply(TaskDoneFrame.TYPE, payload);
    }

    /** A task's answer: held while the next task is already here, written with the last one of a run. */
    private void reply(byte type, PayloadWriter payload) {
        if (setAside.isEmpty() && !frames.hasFrame()) {
            // Written on this thread: a deferred frame would first wake the flusher, a thread hand-off on
            // every round trip of one task at a time.
            link.sendNow(type, payload);
        } else {
            link.sendDeferred(type, payload);
        }
    }

    private void fail(ProcessContext ctx, long taskId, Throwable t) {
        if (ctx.tracing()) {
            ctx.emit(ctx.event(EventType.TASK_FINISHED, poolName).withIndex(taskId).withText("error: " + t));
        }
        TaskErrorFrame error = t.getStackTrace().length == 0
                ? new TaskErrorFrame(taskId, t.getClass().getName(), String.valueOf(t.getMessage()), "")
                : TaskErrorFrame.of(taskId, t);
        reply(TaskErrorFrame.TYPE, error.encode());
    }

    /** A chunk's values as "[a, b, ...]", so the window can show map's results one by one; huge ones as a count. */
    private static String shown(List<Object> results) {
        if (results.size() == 1) {
            return String.valueOf(results.get(0));
        }
        String listed = String.valueOf(results);
        return listed.length() <= MAX_SHOWN_CHARS ? listed : results.size() + " results";
    }
}
