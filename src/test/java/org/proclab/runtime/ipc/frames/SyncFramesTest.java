package org.proclab.runtime.ipc.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.ipc.Frame;
import org.proclab.runtime.ipc.FrameReader;
import org.proclab.runtime.ipc.FrameWriter;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.ipc.SyncOp;
import org.proclab.runtime.ipc.SyncReply;

/** SYNC_CALL and its answer (a SyncReply inside QUEUE_REPLY), through a real frame pipe. */
class SyncFramesTest {
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
    void aSyncCallArrivesAsItWasSent() throws IOException {
        List<Object> args = Arrays.asList(1, "a\uD800b", null, List.of(1L, 2L), 2.5);
        SyncCallFrame sent = new SyncCallFrame(7, 0x1234_5678_9AL, SyncOp.PIPE_SEND, 250_000_000L, args);
        assertEquals(sent, SyncCallFrame.decode(through(SyncCallFrame.TYPE, sent.encode())));
        SyncCallFrame forever = new SyncCallFrame(8, 3, SyncOp.EVENT_WAIT, -1, List.of());
        assertEquals(forever, SyncCallFrame.decode(through(SyncCallFrame.TYPE, forever.encode())));
    }

    @Test
    void everyKindOfSyncReplyComesBackInAQueueReply() throws IOException {
        for (SyncReply reply : List.of(SyncReply.ok(42), SyncReply.ok(null), SyncReply.timeout(),
                SyncReply.misuse("released too many times"), new SyncReply(SyncReply.EOF, "closed"),
                new SyncReply(SyncReply.GONE, "gone"), SyncReply.ok(List.of(true, "old")))) {
            QueueReplyFrame frame = new QueueReplyFrame(9, reply.toItem());
            QueueReplyFrame back = QueueReplyFrame.decode(through(QueueReplyFrame.TYPE, frame.encode()));
            assertEquals(9, back.requestId());
            assertEquals(reply, SyncReply.fromItem(back.item()));
        }
    }
}
