package org.proclab.runtime.ipc.frames;

import java.io.IOException;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;

/** Parent to worker in step mode: it may now perform {@code steps} more shared operations. */
public record StepFrame(int steps) {
    public static final byte TYPE = FrameType.STEP;

    public PayloadWriter encode() {
        return new PayloadWriter().writeInt(steps);
    }

    public static StepFrame decode(PayloadReader in) throws IOException {
        return new StepFrame(in.readInt());
    }
}
