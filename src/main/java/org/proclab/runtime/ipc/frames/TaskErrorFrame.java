package org.proclab.runtime.ipc.frames;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;

/** Pool worker to parent: task {@code taskId} threw; the exception's class, message and printed stack trace. */
public record TaskErrorFrame(long taskId, String exceptionClass, String message, String stackTrace) {
    public static final byte TYPE = FrameType.TASK_ERROR;

    public static TaskErrorFrame of(long taskId, Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        return new TaskErrorFrame(taskId, t.getClass().getName(), String.valueOf(t.getMessage()), trace.toString());
    }

    public PayloadWriter encode() {
        return new PayloadWriter().writeLong(taskId).writeString(exceptionClass).writeString(message)
                .writeString(stackTrace);
    }

    public static TaskErrorFrame decode(PayloadReader in) throws IOException {
        return new TaskErrorFrame(in.readLong(), in.readString(), in.readString(), in.readString());
    }
}
