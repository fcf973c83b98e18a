package org.proclab.runtime.ipc;

import java.io.IOException;

/** The bytes on a pipe do not follow the frame format (or a payload is not what its frame type says). */
public final class MalformedFrameException extends IOException {
    private static final long serialVersionUID = 1L;

    public MalformedFrameException(String message) {
        super(message);
    }
}
