package org.proclab.runtime.spawn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.EventCodec;
import org.proclab.runtime.ipc.Frame;
import org.proclab.runtime.ipc.FrameReader;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.FrameWriter;
import org.proclab.runtime.ipc.MalformedFrameException;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.ipc.frames.ExitNoticeFrame;
import org.proclab.runtime.ipc.frames.HelloFrame;
import org.proclab.runtime.ipc.frames.OutputFrame;
import org.proclab.runtime.ipc.frames.QueueGetFrame;
import org.proclab.runtime.ipc.frames.QueuePutFrame;
import org.proclab.runtime.ipc.frames.QueueReplyFrame;
import org.proclab.runtime.ipc.frames.SyncCallFrame;
import org.proclab.runtime.ipc.frames.TaskDoneFrame;
import org.proclab.runtime.ipc.frames.TaskErrorFrame;

/**
 * The parent's end of one worker JVM: its pipes, a reader thread that turns frames into events, queue
 * answers and task results, and a drain for the JVM's own stderr. Whatever the worker does — finish, throw,
 * get killed, send garbage — ends in exactly one {@link WorkerListener#exited} call and one PROCESS_EXITED event.
 */
public final class WorkerConnection {
    private final java.lang.Process process;
    private final FrameWriter writer;
    private final long pid;
    private final CompletableFuture<Void> hello = new CompletableFuture<>();
    private final CountDownLatch exited = new CountDownLatch(1);
    private final Thread stderrDrain;
    private final Consumer<WorkerConnection> onExit;
    private volatile String name = "standby";
    private volatile WorkerListener listener = WorkerListener.NONE;
    private volatile boolean assigned;
    private volatile Integer noticedCode;
    private volatile String noticedReason;
    private volatile Integer signalCode;
    private volatile boolean exitCalled;
    private volatile int exitCode;

    /** @param onExit told once the worker has exited, before its listener */
    WorkerConnection(java.lang.Process process, Consumer<WorkerConnection> onExit) {
        this.process = process;
        this.onExit = onExit;
        this.pid = process.pid();
        this.writer = new FrameWriter(process.getOutputStream(), "proclab-writer-" + pid);
        this.stderrDrain = new Thread(this::drainStderr, "proclab-stderr-" + pid);
        stderrDrain.setDaemon(true);
        stderrDrain.start();
        Thread reader = new Thread(this::readLoop, "proclab-reader-" + pid);
        reader.setDaemon(true);
        reader.start();
    }

    public long pid() {
        return pid;
    }

    public String name() {
        return name;
    }

    /** Hands this (standby) worker to its owner under a name; from now on its events carry that name. */
    public void assign(String workerName, WorkerListener owner) {
        this.name = workerName;
        this.listener = owner;
        this.assigned = true;
    }

    public boolean isAlive() {
        return exited.getCount() > 0;
    }

    public void send(byte type, byte[] payload) {
        try {
            writer.send(type, payload);
        } catch (IOException ex) {
            // The worker is gone; its exit will be reported by the reader thread.
        }
    }

    public void send(byte type, PayloadWriter payload) {
        try {
            writer.send(type, payload);
        } catch (IOException ex) {
            // The worker is gone; its exit will be reported by the reader thread.
        }
    }

    /** Frames of one type in one write (a pool's run of tasks). */
    public void sendAll(byte type, List<PayloadWriter> payloads) {
        try {
            writer.sendAll(type, payloads);
        } catch (IOException ex) {
            // The worker is gone; its exit will be reported by the reader thread.
        }
    }

    /**
     * Runs {@code action} once the JVM has said hello: now, on this thread, if it already has; else on the
     * reader thread. A JVM that dies or does not say hello in time never runs it; its exit says why.
     */
    public void whenReady(Runnable action) {
        hello.thenRun(action);
    }

    /** Kills the JVM if it has not said hello within the timeout (a stuck start must not hang a join). */
    void killUnlessReadyWithin(long timeoutMillis) {
        hello.orTimeout(timeoutMillis, TimeUnit.MILLISECONDS).whenComplete((ok, failure) -> {
            if (failure != null && isAlive()) {
                warn("did not say hello within " + timeoutMillis + " ms; stopping it");
                kill();
            }
        });
    }

    /** Waits for the worker JVM to be ready. Throws if it died first or took longer than the timeout. */
    void awaitHello(long timeoutMillis) {
        try {
            hello.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (Exception ex) {
            kill();
            throw new IllegalStateException("worker JVM (pid " + pid + ") did not start: " + rootMessage(ex), ex);
        }
    }

    boolean isReady() {
        return hello.isDone() && !hello.isCompletedExceptionally() && isAlive();
    }

    // Signals go through the ProcessHandle: java.lang.Process.destroy() would also close our end of the
    // pipes, and the worker's last frames (its output, its exit notice) would be lost.
    public void terminate() {
        process.toHandle().destroy();
    }

    public void kill() {
        process.toHandle().destroyForcibly();
    }

    /** Waits until the worker has exited and its exit was reported. */
    public boolean awaitExit(long timeout, TimeUnit unit) throws InterruptedException {
        return exited.await(timeout, unit);
    }

    public int exitCode() {
        return exitCode;
    }

    private void readLoop() {
        FrameReader reader = new FrameReader(process.getInputStream());
        try {
            Frame frame;
            while ((frame = reader.read()) != null) {
                handle(frame);
            }
        } catch (MalformedFrameException ex) {
            warn("sent data that is not ProcLab's protocol (" + ex.getMessage() + "); stopping it");
            kill();
        } catch (IOException ex) {
            // The pipe broke because the worker died mid-frame: its exit is reported below.
        } catch (RuntimeException ex) {
            warn("could not be understood (" + ex + "); stopping it");
            kill();
        } finally {
            finish();
        }
    }

    private void handle(Frame frame) throws IOException {
        PayloadReader in = frame.data();
        switch (frame.type()) {
            case HelloFrame.TYPE:
                int version = HelloFrame.decode(in).version();
                if (version != FrameType.VERSION) {
                    throw new MalformedFrameException("protocol version " + version);
                }
                hello.complete(null);
                break;
            case FrameType.STARTED:
                ProcessContext.current().emit(event(EventType.PROCESS_STARTED));
                break;
            case FrameType.EVENT:
                ProcessContext.current().emit(EventCodec.decode(in, name, pid));
                break;
            case OutputFrame.TYPE:
                OutputFrame output = OutputFrame.decode(in);
                output(output.streamName(), output.line());
                break;
            case QueuePutFrame.TYPE:
                queuePut(QueuePutFrame.decode(in));
                break;
            case QueueGetFrame.TYPE:
                answerQueueGet(QueueGetFrame.decode(in));
                break;
            case SyncCallFrame.TYPE:
                answerSyncCall(SyncCallFrame.decode(in));
                break;
            case TaskDoneFrame.TYPE:
                TaskDoneFrame done = TaskDoneFrame.decode(in);
                listener.taskDone(done.taskId(), done.results());
                break;
            case TaskErrorFrame.TYPE:
                listener.taskFailed(TaskErrorFrame.decode(in));
                break;
            case ExitNoticeFrame.TYPE:
                exitNotice(ExitNoticeFrame.decode(in));
                break;
            default:
                throw new MalformedFrameException("unknown frame type " + frame.type());
        }
    }

    /** The job's own code comes first; the shutdown hook's notice says how the JVM itself is leaving. */
    private void exitNotice(ExitNoticeFrame notice) {
        if (notice.code() == ExitStatus.EXIT_CALLED) {
            exitCalled = true;
        } else if (notice.code() < 0) {
            signalCode = notice.code();
        } else {
            noticedCode = notice.code();
            noticedReason = notice.reason();
        }
    }

    private Integer effectiveNotice(int raw) {
        if (signalCode != null) {
            return signalCode;
        }
        if (noticedCode != null && noticedCode == raw) {
            return noticedCode;
        }
        return exitCalled ? Integer.valueOf(ExitStatus.EXIT_CALLED) : null;
    }


    // Queue and hub requests go to this process's own transport: the hub itself in the main process, the
    // pipe to our parent in a nested worker, so a grandchild's request reaches the one hub that owns the object.
    private void queuePut(QueuePutFrame put) {
        ProcessContext ctx = ProcessContext.current();
        if (!ctx.isMain()) {
            ctx.queues().put(put.queueId(), put.queueName(), put.item());
            return;
        }
        if (put.traced()) {
            ctx.emit(new Event(EventType.QUEUE_PUT, put.timeNanos(), name, pid, put.queueName(),
                    -1, null, String.valueOf(put.item()), null));
        }
        ProcessContext.mainQueues().put(put.queueId(), put.item());
    }

    private void answerQueueGet(QueueGetFrame get) {
        ProcessContext.current().queues().getAsync(get.queueId(), get.timeoutNanos(), this,
                item -> send(QueueReplyFrame.TYPE, new QueueReplyFrame(get.requestId(), item).encode()));
    }

    private void answerSyncCall(SyncCallFrame call) {
        ProcessContext.current().queues().callAsync(call.objectId(), call.op(), call.timeoutNanos(), call.args(),
                this, reply -> send(QueueReplyFrame.TYPE, new QueueReplyFrame(call.requestId(), reply.toItem()).encode()));
    }

    private void output(String stream, String line) {
        ProcessContext ctx = ProcessContext.current();
        if (ctx.isMain() && !ctx.tracing()) {
            // Nobody listens to events: show the line the way Python shows a child's print, tagged.
            ("stderr".equals(stream) ? System.err : System.out).println("[" + name + "] " + line);
            return;
        }
        ctx.emit(event(EventType.OUTPUT).withText(line).withValues(null, null).withSubject(stream));
    }

    private void drainStderr() {
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                output("stderr", line);
            }
        } catch (IOException ignored) {
            // the stream closes when the JVM exits
        }
    }

    private void finish() {
        try {
            process.waitFor();
            stderrDrain.join(500);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        writer.close();
        int raw = process.exitValue();
        exitCode = ExitStatus.pythonCode(raw, effectiveNotice(raw));
        String reason = ExitStatus.reason(exitCode, noticedCode != null && noticedCode == exitCode
                ? noticedReason : null);
        if (!hello.isDone()) {
            hello.completeExceptionally(new IllegalStateException("the JVM exited with status " + raw
                    + " before it was ready"));
            if (exitCode >= 0) {
                // It failed on its own (a bad option, no memory); a signal's reason says enough by itself.
                reason = "the worker JVM exited before it was ready: " + reason;
            }
        }
        ProcessContext.current().queues().forget(this);
        if (assigned) {
            ProcessContext.current().emit(event(EventType.PROCESS_EXITED).withIndex(exitCode).withText(reason));
        }
        onExit.accept(this);
        try {
            listener.exited(exitCode, reason);
        } finally {
            exited.countDown();
        }
    }

    private Event event(EventType type) {
        return Event.of(type, name, pid, null);
    }

    private void warn(String what) {
        ProcessContext.current().emit(Event.of(EventType.WARNING, name, pid, null)
                .withText("worker " + name + " (pid " + pid + ") " + what));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
