package org.proclab.runtime.ipc;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;

/** One frame as read from a pipe: its type and payload. */
public record Frame(byte type, byte[] payload) {

    public DataInputStream data() {
        return new DataInputStream(new ByteArrayInputStream(payload));
    }
}
