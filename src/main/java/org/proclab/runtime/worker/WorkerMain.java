package org.proclab.runtime.worker;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.proclab.runtime.Fn;
import org.proclab.runtime.JobCodec;
import org.proclab.runtime.step.StepGate;
import org.proclab.runtime.Target1;
import org.proclab.runtime.Target2;
import org.proclab.runtime.ipc.Frame;
import org.proclab.runtime.ipc.FrameReader;
import org.proclab.runtime.ipc.FrameWriter;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.ipc.frames.HelloFrame;
import org.proclab.runtime.ipc.frames.PoolStartFrame;
import org.proclab.runtime.ipc.frames.QueueReplyFrame;
import org.proclab.runtime.ipc.frames.RunFrame;
import org.proclab.runtime.ipc.frames.StepFrame;
import org.proclab.runtime.spawn.WorkerLauncher;

/**
 * The main class of every worker JVM. stdin and stdout carry frames to and from the parent (a private pipe
 * nobody else holds); the learner's own prints are captured and sent up as lines, so they cannot corrupt the
 * protocol. The JVM says HELLO and waits: its first frame makes it a {@code Process} or a pool worker.
 */
public final class WorkerMain {
    private static final String[] PRELOAD = {
        "org.proclab.runtime.Queue", "org.proclab.runtime.Value", "org.proclab.runtime.Array",
        "org.proclab.runtime.Lock", "org.proclab.runtime.Barrier", "org.proclab.runtime.step.StepGate",
        "org.proclab.runtime.Report", "org.proclab.runtime.Params", "org.proclab.runtime.QueueEmptyException",
        "org.proclab.runtime.shm.SharedMemory", "org.proclab.runtime.shm.SharedAccess",
        "org.proclab.runtime.shm.TypeCode", "org.proclab.runtime.event.Event",
        "org.proclab.runtime.ipc.EventCodec", "java.lang.invoke.SerializedLambda",
        "org.proclab.runtime.context.ProcessContext", "org.proclab.runtime.Target0", "org.proclab.runtime.Target1",
        "org.proclab.runtime.Target2", "org.proclab.runtime.Target3", "org.proclab.runtime.Fn",
        "org.proclab.runtime.worker.TargetRunner", "org.proclab.runtime.JobCodec", "org.proclab.runtime.Connection",
        "org.proclab.runtime.PipeEofException", "org.proclab.runtime.worker.WorkerMain$ParentReader",
        "org.proclab.runtime.MethodFunction", "org.proclab.runtime.DirectCall", "org.proclab.runtime.JobValues", "org.proclab.runtime.worker.PoolWorkerLoop$ReplyPump", "org.proclab.runtime.ipc.ProcessId", "org.proclab.runtime.worker.PoolWorkerLoop",
        "org.proclab.runtime.ipc.QueueTransport", "org.proclab.runtime.ipc.frames.ExitNoticeFrame",
        "org.proclab.runtime.ipc.frames.QueuePutFrame", "org.proclab.runtime.ipc.frames.QueueGetFrame",
        "org.proclab.runtime.ipc.frames.QueueReplyFrame", "org.proclab.runtime.ipc.frames.OutputFrame",
        "org.proclab.runtime.ipc.frames.PoolTaskFrame", "org.proclab.runtime.ipc.frames.TaskDoneFrame",
        // A pool worker's first classes, so that the training run puts them into the class-data archive too.
        "org.proclab.runtime.ipc.frames.PoolStartFrame", "org.proclab.runtime.ipc.frames.PoolFnFrame",
        "org.proclab.runtime.ipc.frames.TaskErrorFrame", "org.proclab.runtime.worker.TaskCall",
        "org.proclab.runtime.worker.ResultGatherer", "org.proclab.runtime.shm.MappedWords",
        "org.proclab.runtime.shm.SharedCells", "org.proclab.runtime.shm.LockWord",
    };

    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        // Object streams cost 15-20 ms to set up (their filter configuration initialises the system logger):
        // when the job comes serialized, start that now, beside the pipe set-up and the hello.
        if (!"false".equals(System.getProperty(WorkerLauncher.OBJECT_STREAMS_PROPERTY))) {
            Thread prepare = new Thread(WorkerMain::prepareObjectStreams, "proclab-prepare");
            prepare.setDaemon(true);
            prepare.start();
        }
        FrameWriter writer = new FrameWriter(new FileOutputStream(FileDescriptor.out), "proclab-flusher");
        WorkerLink link = new WorkerLink(writer);
        LineForwarder out = new LineForwarder(link, 0);
        LineForwarder err = new LineForwarder(link, 1);
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        // stdin is read through a channel so that it can be closed under a blocked reader: a JVM exits in
        // ~20 ms then, instead of waiting ~300 ms for a thread stuck in a native read() of the pipe.
        FileChannel stdin = new FileInputStream(FileDescriptor.in).getChannel();
        FrameReader reader = new FrameReader(Channels.newInputStream(stdin));

        ExitNotices.install(link);
        link.send(HelloFrame.TYPE, HelloFrame.current().encode());

        if (args.length > 0 && WorkerLauncher.TRAIN_ARG.equals(args[0])) {
            // A training run for the class-data archive: load what a job loads, then leave so it is written.
            warmUp();
            // The trainer's end of stdin is closed: this read meets the end at once, and the classes of a
            // real first read (the channel's) go into the archive too.
            reader.read();
            link.flush();
            System.exit(0);
        }
        // A standby warms up while it waits; a worker launched for a waiting job goes straight to it.
        boolean warm = Boolean.getBoolean(WorkerLauncher.WARM_UP_PROPERTY);
        if (warm) {
            warmUp();
            JitWarmUp.startInBackground();
        }
        Frame first = readOrDie(reader);
        if (warm) {
            JitWarmUp.stop();
        }
        int code;
        if (first.type() == RunFrame.TYPE) {
            startReader(reader, link);
            code = new TargetRunner(link).run(first.data());
        } else if (first.type() == PoolStartFrame.TYPE) {
            code = new PoolWorkerLoop(link, reader).run(first.data());
        } else {
            System.err.println("worker: unexpected first frame type " + first.type());
            code = 2;
        }
        out.flushPartial();
        err.flushPartial();
        link.flush();
        exiting = true;
        stdin.close();
        System.exit(code);
    }

    private static volatile boolean exiting;

    /** The next frame from the parent. End of stream means the parent died, unless we are the ones leaving. */
    static Frame readOrDie(FrameReader reader) {
        try {
            Frame frame = reader.read();
            if (frame != null) {
                return frame;
            }
        } catch (IOException ex) {
            // fall through: a broken or closed pipe
        }
        if (!exiting) {
            WorkerLink.parentGone();
        }
        while (true) {
            // We closed stdin to exit: this thread has nothing left to do while System.exit runs.
            LockSupport.park();
        }
    }

    /** A Process worker's frames after the first: queue replies and steps. End of stream: the parent died. */
    private static void startReader(FrameReader reader, WorkerLink link) {
        Thread thread = new Thread(new ParentReader(reader, link), "proclab-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** A class, not a lambda: a lambda first linked here would cost a new worker about a millisecond. */
    private static final class ParentReader implements Runnable {
        private final FrameReader reader;
        private final WorkerLink link;

        ParentReader(FrameReader reader, WorkerLink link) {
            this.reader = reader;
            this.link = link;
        }

        @Override
        public void run() {
            while (true) {
                Frame frame = readOrDie(reader);
                try {
                    if (frame.type() == QueueReplyFrame.TYPE) {
                        link.onQueueReply(frame);
                    } else if (frame.type() == StepFrame.TYPE) {
                        StepGate.allow(StepFrame.decode(frame.data()).steps());
                    }
                } catch (IOException ex) {
                    System.err.println("worker: malformed frame from parent: " + ex.getMessage());
                    WorkerLink.parentGone();
                }
            }
        }
    }

    private static Object noOp(String word, Object a, Object b) {
        if (word.isEmpty() || a == null || b == null) {
            throw new IllegalStateException("direct job arguments lost");
        }
        return a;
    }

    private static void prepareObjectStreams() {
        try {
            ItemCodec.deserialize(ItemCodec.serialize(0));
        } catch (IOException | RuntimeException ex) {
            // The job's own deserialization will meet and report the same problem.
        }
    }

    /**
     * Loads what the first job will need (object streams, lambda deserialization, the codec) while the JVM
     * waits as a standby, so the job itself starts without that cost.
     */
    private static void warmUp() throws IOException {
        Target1<Object> probe = item -> ItemCodec.serialize(item);
        Object copy = ItemCodec.deserialize(ItemCodec.serialize(probe));
        if (!(copy instanceof Target1)) {
            throw new IllegalStateException("lambda round trip failed");
        }
        // A capturing, two-argument target inside an Object[] job: the shape of a real RUN frame.
        String captured = "warm";
        Target2<Object, Object> shaped = (a, b) -> ItemCodec.serialize(captured + a + b);
        Object[] job = (Object[]) ItemCodec.deserialize(ItemCodec.serialize(new Object[] {shaped, 1, "x"}));
        if (!(job[0] instanceof Target2)) {
            throw new IllegalStateException("job round trip failed");
        }
        // A direct job (a method reference and compact values), the path most Process jobs take.
        String word = "warm";
        Target2<Object, Object> direct = (a, b) -> noOp(word, a, b);
        byte[] directJob = JobCodec.encode(new Object[] {direct, 1, List.of(2L, "x")});
        if (!JobCodec.isDirect(directJob)) {
            throw new IllegalStateException("a lambda over compact values did not encode directly");
        }
        try {
            JobCodec.decode(directJob).run();
        } catch (Exception ex) {
            throw new IllegalStateException("direct job round trip failed", ex);
        }
        Fn<Object, Object> twice = x -> noOp(word, x, x);
        Object fn = JobCodec.decodeFunction(JobCodec.encodeFunction(twice));
        if (!(fn instanceof Fn)) {
            throw new IllegalStateException("a pool function did not decode to a function");
        }
        try {
            @SuppressWarnings("unchecked")
            Fn<Object, Object> decoded = (Fn<Object, Object>) fn;
            decoded.apply(1);
        } catch (Exception ex) {
            throw new IllegalStateException("direct function round trip failed", ex);
        }
        PayloadWriter runProbe = new RunFrame("warm", false, false, null, false, new byte[8]).encode();
        ItemCodec.write(runProbe, List.of(1, 2L, "x"));
        // Lists of more than a few numbers go as one block through a buffer view, whose classes the
        // archive then holds too.
        List<Object> longs = new ArrayList<>();
        List<Object> ints = new ArrayList<>();
        List<Object> doubles = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            longs.add((long) i);
            ints.add(i);
            doubles.add(i / 2.0);
        }
        ItemCodec.write(runProbe, longs);
        ItemCodec.write(runProbe, ints);
        ItemCodec.write(runProbe, doubles);
        PayloadReader probeFrame = new Frame(RunFrame.TYPE, runProbe.toByteArray()).data();
        RunFrame.decode(probeFrame);
        ItemCodec.read(probeFrame);
        if (!longs.equals(ItemCodec.read(probeFrame)) || !ints.equals(ItemCodec.read(probeFrame))
                || !doubles.equals(ItemCodec.read(probeFrame))) {
            throw new IllegalStateException("number lists did not round-trip");
        }
        // Load and link the runtime classes a target is likely to touch first.
        for (String name : PRELOAD) {
            try {
                Class.forName(name, true, WorkerMain.class.getClassLoader());
            } catch (ClassNotFoundException ex) {
                throw new IllegalStateException("runtime class missing: " + name, ex);
            }
        }
    }
}
