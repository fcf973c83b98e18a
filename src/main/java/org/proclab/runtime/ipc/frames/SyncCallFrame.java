package org.proclab.runtime.ipc.frames;

import java.io.IOException;
import java.util.List;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.ipc.SyncOp;

/**
 * Worker to parent: request {@code requestId} performs {@code op} ({@link SyncOp}) on the hub's object
 * {@code objectId}, waiting at most {@code timeoutNanos} (-1 = forever). Answered by a QUEUE_REPLY whose item
 * is a {@code SyncReply}.
 */
public record SyncCallFrame(long requestId, long objectId, int op, long timeoutNanos, List<Object> args) {
    public static final byte TYPE = FrameType.SYNC_CALL;

    public PayloadWriter encode() {
        PayloadWriter out = new PayloadWriter().writeLong(requestId).writeLong(objectId).writeInt(op)
                .writeLong(timeoutNanos);
        ItemCodec.writeList(out, args);
        return out;
    }

    public static SyncCallFrame decode(PayloadReader in) throws IOException {
        return new SyncCallFrame(in.readLong(), in.readLong(), in.readInt(), in.readLong(), ItemCodec.readList(in));
    }
}
