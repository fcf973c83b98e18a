package org.proclab.runtime.ipc.frames;

import java.io.IOException;
import java.util.List;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;

/** Parent to pool worker: apply function {@code fnId} to each of {@code items}; answer with task {@code taskId}. */
public record PoolTaskFrame(long taskId, int fnId, List<Object> items) {
    public static final byte TYPE = FrameType.POOL_TASK;

    public PayloadWriter encode() {
        PayloadWriter out = new PayloadWriter(16 + items.size() * 5).writeLong(taskId).writeInt(fnId);
        ItemCodec.writeList(out, items);
        return out;
    }

    public static PoolTaskFrame decode(PayloadReader in) throws IOException {
        return new PoolTaskFrame(in.readLong(), in.readInt(), ItemCodec.readList(in));
    }
}
