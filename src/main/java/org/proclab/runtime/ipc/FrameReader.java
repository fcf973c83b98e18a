package org.proclab.runtime.ipc;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Reads the frames {@link FrameWriter} writes. A frame of impossible length is reported, never trusted. */
public final class FrameReader {
    /** Larger than any frame we write; a bigger length means the stream is not ours or is corrupt. */
    public static final int MAX_FRAME = 256 << 20;

    private final DataInputStream in;

    public FrameReader(InputStream in) {
        this.in = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    }

    /** The next frame, or null at end of stream. */
    public Frame read() throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException eof) {
            return null;
        }
        if (length < 1 || length > MAX_FRAME) {
            throw new MalformedFrameException("frame length " + length + " is out of range 1.." + MAX_FRAME);
        }
        byte type = in.readByte();
        byte[] payload = new byte[length - 1];
        in.readFully(payload);
        return new Frame(type, payload);
    }

    /** The stream does not follow the frame format. */
    public static final class MalformedFrameException extends IOException {
        public MalformedFrameException(String message) {
            super(message);
        }
    }
}
