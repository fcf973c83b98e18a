package org.proclab.runtime.worker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.proclab.runtime.Fn;
import org.proclab.runtime.JobCodec;
import org.proclab.runtime.ipc.Frame;
import org.proclab.runtime.ipc.FrameReader;
import org.proclab.runtime.ipc.FrameWriter;
import org.proclab.runtime.ipc.frames.PoolTaskFrame;
import org.proclab.runtime.ipc.frames.TaskDoneFrame;

/**
 * Runs a pool task's whole path (read a frame, decode, call, encode, write a frame) on small made-up tasks.
 * The JIT compiles a method after a few hundred calls: without this a new worker's first chunks run
 * interpreted, ten or more times slower (a first map of 10,000 items on a new pool took 10× its warm time).
 * Touches nothing but its own buffers.
 */
final class PoolPathWarmUp {
    /** Just past the JIT's first threshold (200 calls), and each round calls the list codec twice. */
    private static final int ROUNDS = 256;
    private static final int ITEMS = 8;

    private PoolPathWarmUp() {
    }

    /**
     * On a low-priority thread, beside the first real tasks: done before them it cost 30-60 ms of pool
     * start-up on a loaded machine, more than it saved.
     */
    static void startInBackground() {
        Thread thread = new Thread(PoolPathWarmUp::run, "proclab-pool-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static Object same(Object x) {
        return x;
    }

    @SuppressWarnings("unchecked")
    private static void run() {
        Fn<Object, Object> same;
        try {
            // A function as the learner's arrive: in the direct form, so the JIT sees the same call path.
            same = (Fn<Object, Object>) JobCodec.decodeFunction(JobCodec.encodeFunction(
                    (Fn<Object, Object>) PoolPathWarmUp::same));
        } catch (IOException | RuntimeException ex) {
            same = PoolPathWarmUp::same;
        }
        List<Object> longs = new ArrayList<>(ITEMS);
        List<Object> ints = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            longs.add((long) i);
            ints.add(i);
        }
        ByteArrayOutputStream pipe = new ByteArrayOutputStream(1 << 12);
        FrameWriter writer = new FrameWriter(pipe, "proclab-pool-warmup-writer");
        Replay replay = new Replay();
        FrameReader reader = new FrameReader(replay);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                roundTrip(same, (round & 1) == 0 ? longs : ints, writer, pipe, replay, reader);
            }
        } catch (Exception ex) {
            // A warm-up that fails only leaves the JIT colder; the real tasks report their own errors.
        } finally {
            writer.close();
        }
    }

    private static void roundTrip(Fn<Object, Object> fn, List<Object> items, FrameWriter writer,
            ByteArrayOutputStream pipe, Replay replay, FrameReader reader) throws Exception {
        pipe.reset();
        writer.send(PoolTaskFrame.TYPE, new PoolTaskFrame(0, 0, false, items).encode());
        writer.flush();
        replay.load(pipe);
        Frame frame = reader.read();
        List<Object> results = TaskCall.applyAll(fn, PoolTaskFrame.decode(frame.data()).items(), false);
        pipe.reset();
        writer.send(TaskDoneFrame.TYPE, new TaskDoneFrame(0, results).encode());
        writer.flush();
        replay.load(pipe);
        Frame done = reader.read();
        if (TaskDoneFrame.decode(done.data()).results().size() != ITEMS) {
            throw new IOException("warm-up round trip lost items");
        }
    }

    /** The bytes last written, read back by one long-lived reader (a new reader per round would allocate 64 KB). */
    private static final class Replay extends InputStream {
        private byte[] data = new byte[0];
        private int pos;

        void load(ByteArrayOutputStream written) {
            data = written.toByteArray();
            pos = 0;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) {
                return -1;
            }
            int n = Math.min(len, data.length - pos);
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
