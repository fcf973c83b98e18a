package org.proclab.runtime.ipc.frames;

import java.io.IOException;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.ipc.ProcessId;

/** Worker to parent: the JVM {@code pid} is up, speaks protocol {@code version} and waits for its job. */
public record HelloFrame(int version, long pid) {
    public static final byte TYPE = FrameType.HELLO;

    /** This build's hello. */
    public static HelloFrame current() {
        return new HelloFrame(FrameType.VERSION, ProcessId.self());
    }

    public PayloadWriter encode() {
        return new PayloadWriter().writeInt(version).writeLong(pid);
    }

    public static HelloFrame decode(PayloadReader in) throws IOException {
        return new HelloFrame(in.readInt(), in.readLong());
    }
}
