package org.proclab.runtime.ipc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads the frames {@link FrameWriter} writes, from its own buffer (BufferedInputStream and DataInputStream
 * take a lock per byte). A frame of impossible length is reported, never trusted.
 */
public final class FrameReader {
    /** Larger than any frame we write; a bigger length means the stream is not ours or is corrupt. */
    public static final int MAX_FRAME = 256 << 20;

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;

    public FrameReader(InputStream in) {
        this.in = in;
    }

    /** The next frame, or null at a clean end of stream (between frames). */
    public Frame read() throws IOException {
        if (!fill(4, true)) {
            return null;
        }
        int length = ((buf[pos] & 0xff) << 24) | ((buf[pos + 1] & 0xff) << 16) | ((buf[pos + 2] & 0xff) << 8)
                | (buf[pos + 3] & 0xff);
        if (length < 1 || length > MAX_FRAME) {
            throw new MalformedFrameException("frame length " + length + " is out of range 1.." + MAX_FRAME);
        }
        pos += 4;
        fill(length, false);
        byte type = buf[pos];
        byte[] payload = Arrays.copyOfRange(buf, pos + 1, pos + length);
        pos += length;
        return new Frame(type, payload);
    }

    /**
     * Whether the next {@link #read()} can return without reading the stream: a whole frame is buffered.
     * A pool worker asks before it sends a result, to send the results of queued tasks together.
     */
    public boolean hasFrame() {
        if (end - pos < 4) {
            return false;
        }
        int length = ((buf[pos] & 0xff) << 24) | ((buf[pos + 1] & 0xff) << 16) | ((buf[pos + 2] & 0xff) << 8)
                | (buf[pos + 3] & 0xff);
        return end - pos - 4 >= length;
    }

    /** True when {@code n} bytes are buffered; false only at end of stream before any of them, if allowed. */
    private boolean fill(int n, boolean endAllowed) throws IOException {
        if (end - pos >= n) {
            return true;
        }
        if (buf.length < n) {
            buf = Arrays.copyOf(Arrays.copyOfRange(buf, pos, end), Math.max(n, buf.length * 2));
            end -= pos;
            pos = 0;
        } else if (buf.length - pos < n) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        while (end - pos < n) {
            int got = in.read(buf, end, buf.length - end);
            if (got < 0) {
                if (endAllowed && end == pos) {
                    return false;
                }
                throw new EOFException("stream ended inside a frame");
            }
            end += got;
        }
        return true;
    }
}
