package org.proclab.runtime.worker;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.proclab.runtime.StepGate;
import org.proclab.runtime.Target1;
import org.proclab.runtime.ipc.Frame;
import org.proclab.runtime.ipc.FrameReader;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.FrameWriter;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.ipc.PayloadReader;

/**
 * The main class of every worker JVM. stdin and stdout carry frames to and from the parent (a private pipe
 * nobody else holds); the learner's own prints are captured and sent up as lines, so they cannot corrupt the
 * protocol. The JVM says HELLO and waits: its first frame makes it a {@code Process} or a pool worker.
 */
public final class WorkerMain {
    private static final String[] PRELOAD = {
        "org.proclab.runtime.Queue", "org.proclab.runtime.Value", "org.proclab.runtime.Array",
        "org.proclab.runtime.Lock", "org.proclab.runtime.Barrier", "org.proclab.runtime.StepGate",
        "org.proclab.runtime.Report", "org.proclab.runtime.Params", "org.proclab.runtime.QueueEmptyException",
        "org.proclab.runtime.shm.SharedMemory", "org.proclab.runtime.shm.SharedAccess",
        "org.proclab.runtime.shm.TypeCode", "org.proclab.runtime.event.Event",
        "org.proclab.runtime.ipc.EventCodec", "java.lang.invoke.SerializedLambda",
    };

    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        FrameWriter writer = new FrameWriter(new FileOutputStream(FileDescriptor.out), "proclab-flusher");
        WorkerLink link = new WorkerLink(writer);
        LineForwarder out = new LineForwarder(link, 0);
        LineForwarder err = new LineForwarder(link, 1);
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        FrameReader reader = new FrameReader(new FileInputStream(FileDescriptor.in));

        warmUp();
        link.send(FrameType.HELLO, new PayloadWriter().writeInt(FrameType.VERSION)
                .writeLong(ProcessHandle.current().pid()).toByteArray());

        JitWarmUp.startInBackground();
        Frame first = readOrDie(reader);
        JitWarmUp.stop();
        int code;
        if (first.type() == FrameType.RUN) {
            startReader(reader, link, null);
            code = new TargetRunner(link).run(first.data());
        } else if (first.type() == FrameType.POOL_START) {
            BlockingQueue<Frame> tasks = new LinkedBlockingQueue<>();
            startReader(reader, link, tasks);
            code = new PoolWorkerLoop(link, tasks).run(first.data());
        } else {
            System.err.println("worker: unexpected first frame type " + first.type());
            code = 2;
        }
        out.flushPartial();
        err.flushPartial();
        link.flush();
        System.exit(code);
    }

    private static Frame readOrDie(FrameReader reader) {
        try {
            Frame frame = reader.read();
            if (frame == null) {
                WorkerLink.parentGone();
            }
            return frame;
        } catch (IOException ex) {
            WorkerLink.parentGone();
            return null;
        }
    }

    /** Frames after the first: queue replies, pool tasks, shutdown. End of stream means the parent died. */
    private static void startReader(FrameReader reader, WorkerLink link, BlockingQueue<Frame> tasks) {
        Thread thread = new Thread(() -> {
            while (true) {
                Frame frame = readOrDie(reader);
                try {
                    if (frame.type() == FrameType.QUEUE_REPLY) {
                        link.onQueueReply(frame);
                    } else if (frame.type() == FrameType.STEP) {
                        StepGate.allow(frame.data().readInt());
                    } else if (tasks != null) {
                        tasks.add(frame);
                    }
                } catch (IOException ex) {
                    System.err.println("worker: malformed frame from parent: " + ex.getMessage());
                    WorkerLink.parentGone();
                }
            }
        }, "proclab-reader");
        thread.setDaemon(true);
        thread.start();
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
        PayloadReader probeFrame = new Frame(FrameType.RUN,
                new PayloadWriter().writeString("warm").writeItem(java.util.List.of(1, 2L, "x")).toByteArray()).data();
        probeFrame.readString();
        probeFrame.readItem();
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
