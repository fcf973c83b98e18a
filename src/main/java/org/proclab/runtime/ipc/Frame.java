package org.proclab.runtime.ipc;

/** One frame as read from a pipe: its type and payload. */
public record Frame(byte type, byte[] payload) {

    public PayloadReader data() {
        return new PayloadReader(payload);
    }
}
