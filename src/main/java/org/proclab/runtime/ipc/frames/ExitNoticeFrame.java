package org.proclab.runtime.ipc.frames;

import java.io.IOException;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;

/** Worker to parent, just before a worker exits on its own: its exit code and why, in words. */
public record ExitNoticeFrame(int code, String reason) {
    public static final byte TYPE = FrameType.EXIT_NOTICE;

    public PayloadWriter encode() {
        return new PayloadWriter().writeInt(code).writeString(reason);
    }

    public static ExitNoticeFrame decode(PayloadReader in) throws IOException {
        return new ExitNoticeFrame(in.readInt(), in.readString());
    }
}
