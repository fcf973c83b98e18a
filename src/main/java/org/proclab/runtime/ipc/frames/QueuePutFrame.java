package org.proclab.runtime.ipc.frames;

import java.io.IOException;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;

/**
 * Worker to parent: put {@code item} on queue {@code queueId}. A tracing worker adds when it put and the
 * queue's name, and the parent makes the QUEUE_PUT event from them: a traced put costs one frame, not two.
 * Untraced, {@code queueName} is null and {@code timeNanos} -1, and neither travels.
 */
public record QueuePutFrame(long queueId, Object item, long timeNanos, String queueName) {
    public static final byte TYPE = FrameType.QUEUE_PUT;

    public static QueuePutFrame untraced(long queueId, Object item) {
        return new QueuePutFrame(queueId, item, -1, null);
    }

    public boolean traced() {
        return queueName != null;
    }

    public PayloadWriter encode() {
        PayloadWriter out = new PayloadWriter().writeLong(queueId);
        ItemCodec.write(out, item);
        return traced() ? out.writeLong(timeNanos).writeString(queueName) : out;
    }

    public static QueuePutFrame decode(PayloadReader in) throws IOException {
        long queueId = in.readLong();
        Object item = ItemCodec.read(in);
        if (in.remaining() == 0) {
            return untraced(queueId, item);
        }
        return new QueuePutFrame(queueId, item, in.readLong(), in.readString());
    }
}
