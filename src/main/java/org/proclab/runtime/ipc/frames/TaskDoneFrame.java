package org.proclab.runtime.ipc.frames;

import java.io.IOException;
import java.util.List;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;

/** Pool worker to parent: task {@code taskId} gave these results, one per item. */
public record TaskDoneFrame(long taskId, List<Object> results) {
    public static final byte TYPE = FrameType.TASK_DONE;

    public PayloadWriter encode() {
        PayloadWriter out = new PayloadWriter(16 + results.size() * 5).writeLong(taskId);
        ItemCodec.writeList(out, results);
        return out;
    }

    public static TaskDoneFrame decode(PayloadReader in) throws IOException {
        return new TaskDoneFrame(in.readLong(), ItemCodec.readList(in));
    }
}
