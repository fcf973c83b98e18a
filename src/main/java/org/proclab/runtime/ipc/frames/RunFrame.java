package org.proclab.runtime.ipc.frames;

import java.io.IOException;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;

/**
 * Parent to worker, first frame: become the Process {@code name} and run {@code job} (the serialized target
 * and its arguments). {@code stepSource} names the class whose lines step mode reports, or is null;
 * {@code daemon} is Python's flag (a daemon may not start children).
 */
public record RunFrame(String name, boolean trace, boolean step, String stepSource, boolean daemon, byte[] job) {
    public static final byte TYPE = FrameType.RUN;

    public PayloadWriter encode() {
        return new PayloadWriter(job.length + 64).writeString(name).writeBoolean(trace).writeBoolean(step)
                .writeString(stepSource).writeBoolean(daemon).writeBytes(job);
    }

    public static RunFrame decode(PayloadReader in) throws IOException {
        return new RunFrame(in.readString(), in.readBoolean(), in.readBoolean(), in.readString(), in.readBoolean(),
                in.readBytes());
    }
}
