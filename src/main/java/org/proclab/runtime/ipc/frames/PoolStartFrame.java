package org.proclab.runtime.ipc.frames;

import java.io.IOException;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;

/** Parent to worker, first frame: become worker {@code workerName} of pool {@code poolName}. */
public record PoolStartFrame(String workerName, String poolName, boolean trace) {
    public static final byte TYPE = FrameType.POOL_START;

    public PayloadWriter encode() {
        return new PayloadWriter().writeString(workerName).writeString(poolName).writeBoolean(trace);
    }

    public static PoolStartFrame decode(PayloadReader in) throws IOException {
        return new PoolStartFrame(in.readString(), in.readString(), in.readBoolean());
    }
}
