package org.proclab.runtime.ipc.frames;

import java.io.IOException;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.ipc.QueueTransport;

/** Parent to worker: the answer to QUEUE_GET {@code requestId}, an item or {@link QueueTransport#EMPTY}. */
public record QueueReplyFrame(long requestId, Object item) {
    public static final byte TYPE = FrameType.QUEUE_REPLY;

    public PayloadWriter encode() {
        PayloadWriter out = new PayloadWriter().writeLong(requestId).writeBoolean(item != QueueTransport.EMPTY);
        if (item != QueueTransport.EMPTY) {
            ItemCodec.write(out, item);
        }
        return out;
    }

    public static QueueReplyFrame decode(PayloadReader in) throws IOException {
        long requestId = in.readLong();
        return new QueueReplyFrame(requestId, in.readBoolean() ? ItemCodec.read(in) : QueueTransport.EMPTY);
    }
}
