package org.proclab.runtime.ipc.frames;

import java.io.IOException;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;

/** Parent to pool worker: function number {@code fnId} is {@code function} (serialized), sent once per worker. */
public record PoolFnFrame(int fnId, byte[] function) {
    public static final byte TYPE = FrameType.POOL_FN;

    public PayloadWriter encode() {
        return new PayloadWriter(function.length + 16).writeInt(fnId).writeBytes(function);
    }

    public static PoolFnFrame decode(PayloadReader in) throws IOException {
        return new PoolFnFrame(in.readInt(), in.readBytes());
    }
}
