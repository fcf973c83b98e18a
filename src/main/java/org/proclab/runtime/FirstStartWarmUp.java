package org.proclab.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.EventCodec;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.ipc.frames.RunFrame;

/**
 * The main process's side of a first run, done ahead by a JVM that waits for its run (the app's ready run
 * host): the runtime classes a main process loads (111 of them came from the app jar after the Lock chapter's
 * command arrived, 48 ms before its first worker was launched), object streams, a lambda's serialization and
 * its direct job form, the run frame and the worker-event decoder. Creates no runtime object, so no queue or value name the learner
 * sees is used up, and emits nothing.
 */
final class FirstStartWarmUp {
    /** What a main process loads for its first shared values, locks and processes. */
    private static final String[] MAIN_SIDE = {
        "org.proclab.runtime.Params", "org.proclab.runtime.Value", "org.proclab.runtime.Array",
        "org.proclab.runtime.Lock", "org.proclab.runtime.RLock", "org.proclab.runtime.Barrier",
        "org.proclab.runtime.Queue", "org.proclab.runtime.Pool", "org.proclab.runtime.Semaphore",
        "org.proclab.runtime.Event", "org.proclab.runtime.Condition", "org.proclab.runtime.Report",
        "org.proclab.runtime.Process", "org.proclab.runtime.Children", "org.proclab.runtime.step.StepMode",
        "org.proclab.runtime.step.StepGate", "org.proclab.runtime.shm.SharedMemory", "org.proclab.runtime.shm.SharedAccess",
        "org.proclab.runtime.shm.SharedCells", "org.proclab.runtime.shm.TypeCode", "org.proclab.runtime.shm.LockWord",
        "org.proclab.runtime.shm.BarrierState", "org.proclab.runtime.shm.AutoNames", "org.proclab.runtime.shm.Pids",
        "org.proclab.runtime.shm.BaseDirectory", "org.proclab.runtime.spawn.WorkerConnection",
        "org.proclab.runtime.spawn.ExitStatus", "org.proclab.runtime.ipc.FrameWriter",
        "org.proclab.runtime.ipc.FrameReader", "org.proclab.runtime.ipc.EventCodec",
        "org.proclab.runtime.ipc.frames.HelloFrame", "org.proclab.runtime.ipc.frames.OutputFrame",
        "org.proclab.runtime.ipc.frames.ExitNoticeFrame", "org.proclab.runtime.ipc.frames.QueuePutFrame",
        "org.proclab.runtime.ipc.frames.QueueGetFrame", "org.proclab.runtime.ipc.frames.SyncCallFrame",
        "org.proclab.runtime.ipc.frames.TaskDoneFrame", "org.proclab.runtime.pool.TaskDispatcher",
    };
    /** Enough decoded events for the JIT to compile the decoder: a run sends thousands. */
    private static final int EVENTS = 3000;

    private FirstStartWarmUp() {
    }

    static void run() {
        for (String name : MAIN_SIDE) {
            try {
                Class.forName(name, true, FirstStartWarmUp.class.getClassLoader());
            } catch (ClassNotFoundException ex) {
                throw new IllegalStateException("runtime class missing: " + name, ex);
            }
        }
        decodeEvents();
        String captured = "warm";
        Target2<Object, Object> target = (a, b) -> ItemCodec.serialize(captured + a + b);
        try {
            byte[] job = ItemCodec.serialize(new Object[] {target, 1, "x"});
            Object[] copy = (Object[]) ItemCodec.deserialize(job);
            // Most jobs go by JobCodec's direct form: the lambda's method looked up by reflection.
            JobCodec.decode(JobCodec.encode(new Object[] {target, 1, "x"}));
            PayloadWriter frame = new RunFrame("warm", false, false, null, false, job).encode();
            ItemCodec.write(frame, List.of(1, 2L, "x", copy.length));
            PayloadReader in = new PayloadReader(frame.toByteArray());
            RunFrame.decode(in);
        } catch (IOException | RuntimeException ex) {
            // Only a warm-up: the real start meets and reports the same problem.
        }
        startAProcess();
    }

    private static void decodeEvents() {
        org.proclab.runtime.event.Event[] shapes = {
            org.proclab.runtime.event.Event.of(EventType.VALUE_READ, "w", 1, "v").withValues(null, "1"),
            org.proclab.runtime.event.Event.of(EventType.VALUE_WRITE, "w", 1, "v").withValues("1", "2"),
            org.proclab.runtime.event.Event.of(EventType.LOCK_ACQUIRED, "w", 1, "l").withText("held"),
        };
        try {
            for (int i = 0; i < EVENTS; i++) {
                byte[] frame = EventCodec.encode(shapes[i % shapes.length]);
                EventCodec.decode(new PayloadReader(frame), "worker", 1);
            }
        } catch (IOException ex) {
            throw new IllegalStateException("the event codec cannot read what it wrote", ex);
        }
    }

    /**
     * A JVM's first child process loads the launcher's classes and starts its reaper thread: paid here on
     * {@code true}, a program that does nothing, where there is one.
     */
    private static void startAProcess() {
        for (String path : new String[] {"/usr/bin/true", "/bin/true"}) {
            if (Files.isExecutable(Path.of(path))) {
                try {
                    new ProcessBuilder(path).redirectErrorStream(true).start().waitFor(2, TimeUnit.SECONDS);
                } catch (IOException ex) {
                    // Only a warm-up.
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
        }
    }
}
