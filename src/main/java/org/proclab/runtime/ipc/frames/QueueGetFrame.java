package org.proclab.runtime.ipc.frames;

import java.io.IOException;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;

/** Worker to parent: request {@code requestId} wants the next item of a queue within the timeout (-1 = forever). */
public record QueueGetFrame(long requestId, long queueId, long timeoutNanos) {
    public static final byte TYPE = FrameType.QUEUE_GET;

    public PayloadWriter encode() {
        return new PayloadWriter().writeLong(requestId).writeLong(queueId).writeLong(timeoutNanos);
    }

    public static QueueGetFrame decode(PayloadReader in) throws IOException {
        return new QueueGetFrame(in.readLong(), in.readLong(), in.readLong());
    }
}
