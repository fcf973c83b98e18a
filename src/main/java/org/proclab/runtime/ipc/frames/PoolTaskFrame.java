package org.proclab.runtime.ipc.frames;

import java.io.IOException;
import java.util.List;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;

/**
 * Parent to pool worker: apply function {@code fnId} to each of {@code items}; answer with task {@code taskId}.
 * With {@code star} (starmap) each item is a list that is unpacked into the function's arguments.
 */
public record PoolTaskFrame(long taskId, int fnId, boolean star, List<Object> items) {
    public static final byte TYPE = FrameType.POOL_TASK;

    public PayloadWriter encode() {
        PayloadWriter out = new PayloadWriter(17 + items.size() * 5).writeLong(taskId).writeInt(fnId)
                .writeBoolean(star);
        ItemCodec.writeList(out, items);
        return out;
    }

    public static PoolTaskFrame decode(PayloadReader in) throws IOException {
        return new PoolTaskFrame(in.readLong(), in.readInt(), in.readBoolean(), ItemCodec.readList(in));
    }
}
