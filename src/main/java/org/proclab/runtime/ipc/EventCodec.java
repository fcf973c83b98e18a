package org.proclab.runtime.ipc;

import java.io.IOException;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/** Events on the worker-to-parent pipe. The worker's name and pid are known from the pipe, so they are not sent. */
public final class EventCodec {
    private static final EventType[] TYPES = EventType.values();

    private EventCodec() {
    }

    public static byte[] encode(Event e) {
        return new PayloadWriter()
                .writeInt(e.type().ordinal())
                .writeLong(e.timeNanos())
                .writeString(e.subject())
                .writeLong(e.index())
                .writeString(e.oldValue())
                .writeString(e.newValue())
                .writeString(e.text())
                .toByteArray();
    }

    public static Event decode(PayloadReader in, String worker, long pid) throws IOException {
        int ordinal = in.readInt();
        if (ordinal < 0 || ordinal >= TYPES.length) {
            throw new MalformedFrameException("unknown event type number " + ordinal);
        }
        long time = in.readLong();
        String subject = in.readString();
        long index = in.readLong();
        String oldValue = in.readString();
        String newValue = in.readString();
        String text = in.readString();
        return new Event(TYPES[ordinal], time, worker, pid, subject, index, oldValue, newValue, text);
    }
}
