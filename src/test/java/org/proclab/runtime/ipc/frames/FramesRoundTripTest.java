package org.proclab.runtime.ipc.frames;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.ipc.Frame;
import org.proclab.runtime.ipc.FrameReader;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.FrameWriter;
import org.proclab.runtime.ipc.MalformedFrameException;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.ipc.QueueTransport;

/** Every frame class, written and read back through a real frame pipe: what one end writes the other reads. */
class FramesRoundTripTest {
    /** Sends one payload through a FrameWriter and FrameReader and hands back what arrived. */
    private static PayloadReader through(byte type, PayloadWriter payload) throws IOException {
        ByteArrayOutputStream pipe = new ByteArrayOutputStream();
        try (FrameWriter writer = new FrameWriter(pipe, "test-flusher")) {
            writer.send(type, payload);
            writer.flush();
        }
        Frame frame = new FrameReader(new ByteArrayInputStream(pipe.toByteArray())).read();
        assertEquals(type, frame.type());
        return frame.data();
    }

    @Test
    void runFrameKeepsNameFlagsStepSourceDaemonAndJob() throws IOException {
        RunFrame sent = new RunFrame("A", true, true, "org.example.LockExample", true, new byte[] {1, 2, 3});
        RunFrame got = RunFrame.decode(through(RunFrame.TYPE, sent.encode()));
        assertEquals("A", got.name());
        assertTrue(got.trace());
        assertTrue(got.step());
        assertEquals("org.example.LockExample", got.stepSource());
        assertTrue(got.daemon());
        assertArrayEquals(new byte[] {1, 2, 3}, got.job());
        RunFrame plain = RunFrame.decode(through(RunFrame.TYPE,
                new RunFrame("B", false, false, null, false, new byte[0]).encode()));
        assertFalse(plain.step());
        assertFalse(plain.daemon());
        assertNull(plain.stepSource());
    }

    @Test
    void poolStartFrameRoundTrips() throws IOException {
        PoolStartFrame sent = new PoolStartFrame("pool-1-worker-2", "pool-1", true);
        assertEquals(sent, PoolStartFrame.decode(through(PoolStartFrame.TYPE, sent.encode())));
    }

    @Test
    void poolFnFrameRoundTrips() throws IOException {
        PoolFnFrame got = PoolFnFrame.decode(through(PoolFnFrame.TYPE, new PoolFnFrame(7, new byte[] {9, 8}).encode()));
        assertEquals(7, got.fnId());
        assertArrayEquals(new byte[] {9, 8}, got.function());
    }

    @Test
    void poolTaskFrameKeepsItemsAndTheirTypes() throws IOException {
        PoolTaskFrame sent = new PoolTaskFrame(41, 3, false, Arrays.asList(1, 2L, "x", null, 2.5));
        assertEquals(sent, PoolTaskFrame.decode(through(PoolTaskFrame.TYPE, sent.encode())));
        PoolTaskFrame star = new PoolTaskFrame(42, 4, true, Arrays.asList(Arrays.asList(1, 2), Arrays.asList(3, 4)));
        assertEquals(star, PoolTaskFrame.decode(through(PoolTaskFrame.TYPE, star.encode())));
    }

    @Test
    void stepFrameRoundTrips() throws IOException {
        assertEquals(new StepFrame(3), StepFrame.decode(through(StepFrame.TYPE, new StepFrame(3).encode())));
    }

    @Test
    void queueReplyFrameTellsAnItemFromEmpty() throws IOException {
        QueueReplyFrame item = QueueReplyFrame.decode(through(QueueReplyFrame.TYPE, new QueueReplyFrame(5, null).encode()));
        assertEquals(5, item.requestId());
        assertNull(item.item(), "a null item is an item, not EMPTY");
        QueueReplyFrame empty = QueueReplyFrame.decode(
                through(QueueReplyFrame.TYPE, new QueueReplyFrame(6, QueueTransport.EMPTY).encode()));
        assertSame(QueueTransport.EMPTY, empty.item());
        assertEquals(List.of(1, "two"),
                QueueReplyFrame.decode(through(QueueReplyFrame.TYPE, new QueueReplyFrame(7, List.of(1, "two")).encode()))
                        .item());
    }

    @Test
    void helloFrameCarriesThisBuildsVersionAndPid() throws IOException {
        HelloFrame got = HelloFrame.decode(through(HelloFrame.TYPE, HelloFrame.current().encode()));
        assertEquals(FrameType.VERSION, got.version());
        assertEquals(ProcessHandle.current().pid(), got.pid());
    }

    @Test
    void outputFrameRoundTrips() throws IOException {
        OutputFrame got = OutputFrame.decode(through(OutputFrame.TYPE, new OutputFrame(OutputFrame.STDERR, "héllo").encode()));
        assertEquals(new OutputFrame(1, "héllo"), got);
        assertEquals("stderr", got.streamName());
    }

    @Test
    void queuePutFrameSendsTheTraceOnlyWhenTraced() throws IOException {
        QueuePutFrame traced = new QueuePutFrame(11, "item", 123_456_789L, "jobs");
        assertEquals(traced, QueuePutFrame.decode(through(QueuePutFrame.TYPE, traced.encode())));
        QueuePutFrame untraced = QueuePutFrame.untraced(12, 42);
        assertTrue(untraced.encode().length() < traced.encode().length());
        QueuePutFrame got = QueuePutFrame.decode(through(QueuePutFrame.TYPE, untraced.encode()));
        assertEquals(untraced, got);
        assertFalse(got.traced());
    }

    @Test
    void queueGetFrameRoundTrips() throws IOException {
        QueueGetFrame sent = new QueueGetFrame(1, 2, -1);
        assertEquals(sent, QueueGetFrame.decode(through(QueueGetFrame.TYPE, sent.encode())));
    }

    @Test
    void taskDoneFrameRoundTrips() throws IOException {
        TaskDoneFrame sent = new TaskDoneFrame(9, Arrays.asList(4, null, "z"));
        assertEquals(sent, TaskDoneFrame.decode(through(TaskDoneFrame.TYPE, sent.encode())));
    }

    @Test
    void taskErrorFrameCarriesTheWorkersException() throws IOException {
        TaskErrorFrame sent = TaskErrorFrame.of(4, new ArithmeticException("/ by zero"));
        TaskErrorFrame got = TaskErrorFrame.decode(through(TaskErrorFrame.TYPE, sent.encode()));
        assertEquals(sent, got);
        assertEquals("java.lang.ArithmeticException", got.exceptionClass());
        assertEquals("/ by zero", got.message());
        assertTrue(got.stackTrace().contains("FramesRoundTripTest"), got.stackTrace());
    }

    @Test
    void exitNoticeFrameRoundTrips() throws IOException {
        ExitNoticeFrame sent = new ExitNoticeFrame(1, "uncaught java.lang.IllegalStateException: boom");
        assertEquals(sent, ExitNoticeFrame.decode(through(ExitNoticeFrame.TYPE, sent.encode())));
    }

    @Test
    void aTruncatedFrameIsMalformedNotMisread() {
        byte[] whole = new PoolStartFrame("w", "p", true).encode().toByteArray();
        PayloadReader cut = new PayloadReader(Arrays.copyOf(whole, whole.length - 1));
        assertThrows(MalformedFrameException.class, () -> PoolStartFrame.decode(cut));
    }
}
