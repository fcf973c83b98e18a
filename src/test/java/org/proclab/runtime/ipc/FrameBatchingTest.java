package org.proclab.runtime.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writer's ways to send a pool's runs of tasks and results, and the reader's "is a frame here already". */
class FrameBatchingTest {

    /** Counts the writes that reach the pipe, as the syscalls they would be. */
    private static final class CountingPipe extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int writes;

        @Override
        public synchronized void write(int b) {
            writes++;
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            writes++;
            bytes.write(b, off, len);
        }

        synchronized byte[] written() {
            return bytes.toByteArray();
        }

        synchronized int writes() {
            return writes;
        }
    }

    private static PayloadWriter payload(int n) {
        return new PayloadWriter().writeInt(n);
    }

    private static List<Integer> readInts(byte[] pipe) throws Exception {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(pipe));
        List<Integer> got = new ArrayList<>();
        for (Frame f = reader.read(); f != null; f = reader.read()) {
            assertEquals(7, f.type());
            got.add(f.data().readInt());
        }
        return got;
    }

    @Test
    void aRunOfFramesGoesOutInOneWriteInOrder() throws Exception {
        CountingPipe pipe = new CountingPipe();
        try (FrameWriter writer = new FrameWriter(pipe, "test-flusher")) {
            List<PayloadWriter> run = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                run.add(payload(i));
            }
            writer.sendAll((byte) 7, run);
            assertEquals(1, pipe.writes());
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                expected.add(i);
            }
            assertEquals(expected, readInts(pipe.written()));
        }
    }

    @Test
    void deferredFramesGoOutWithTheNextWriteNowAndKeepTheirOrder() throws Exception {
        CountingPipe pipe = new CountingPipe();
        try (FrameWriter writer = new FrameWriter(pipe, "test-flusher")) {
            writer.sendDeferred((byte) 7, payload(1));
            writer.sendDeferred((byte) 7, payload(2));
            writer.sendNow((byte) 7, payload(3));
            // sendNow returns once it has written: everything before it went out too, in order.
            assertEquals(List.of(1, 2, 3), readInts(pipe.written()));
        }
    }

    @Test
    void aDeferredFrameNobodyFlushesStillGoesOut() throws Exception {
        CountingPipe pipe = new CountingPipe();
        try (FrameWriter writer = new FrameWriter(pipe, "test-flusher")) {
            writer.sendDeferred((byte) 7, payload(42));
            // Due after half a millisecond; the bound here only has to survive a busy machine.
            long until = System.nanoTime() + 10_000_000_000L;
            while (pipe.written().length == 0 && System.nanoTime() < until) {
                Thread.sleep(1);
            }
            assertEquals(List.of(42), readInts(pipe.written()));
        }
    }

    @Test
    void theReaderTellsWhetherAWholeFrameIsAlreadyBuffered() throws Exception {
        ByteArrayOutputStream pipe = new ByteArrayOutputStream();
        try (FrameWriter writer = new FrameWriter(pipe, "test-flusher")) {
            writer.sendAll((byte) 7, List.of(payload(1), payload(2)));
        }
        byte[] two = pipe.toByteArray();
        byte[] oneAndAHalf = Arrays.copyOf(two, two.length - 2);
        FrameReader reader = new FrameReader(new ByteArrayInputStream(oneAndAHalf));
        assertFalse(reader.hasFrame(), "nothing is read before the first read()");
        assertEquals(1, reader.read().data().readInt());
        assertFalse(reader.hasFrame(), "the second frame is cut short");
        FrameReader whole = new FrameReader(new ByteArrayInputStream(two));
        assertEquals(1, whole.read().data().readInt());
        assertTrue(whole.hasFrame());
        assertEquals(2, whole.read().data().readInt());
        assertFalse(whole.hasFrame());
        assertNull(whole.read());
    }
}
