package org.proclab.runtime.ipc.frames;

import java.io.IOException;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;

/** Worker to parent: one line the learner's code printed. */
public record OutputFrame(int stream, String line) {
    public static final byte TYPE = FrameType.OUTPUT;
    public static final int STDOUT = 0;
    public static final int STDERR = 1;

    public PayloadWriter encode() {
        return new PayloadWriter(line.length() + 16).writeInt(stream).writeString(line);
    }

    public static OutputFrame decode(PayloadReader in) throws IOException {
        return new OutputFrame(in.readInt(), in.readString());
    }

    public String streamName() {
        return stream == STDOUT ? "stdout" : "stderr";
    }
}
