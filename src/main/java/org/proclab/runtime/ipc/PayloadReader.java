package org.proclab.runtime.ipc;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link PayloadWriter} wrote. Reading past the end is a malformed frame, never garbage.
 * Single numbers are read with shifts and runs of them in bulk: a byte-array VarHandle costs a fresh worker
 * JVM milliseconds to set up and microseconds per call until the JIT has compiled it.
 */
public final class PayloadReader {

    private final byte[] buf;
    private int pos;

    public PayloadReader(byte[] buf) {
        this.buf = buf;
    }

    public byte readByte() throws MalformedFrameException {
        need(1);
        return buf[pos++];
    }

    public boolean readBoolean() throws MalformedFrameException {
        return readByte() != 0;
    }

    public int readInt() throws MalformedFrameException {
        need(4);
        int p = pos;
        pos += 4;
        return (buf[p] << 24) | ((buf[p + 1] & 0xff) << 16) | ((buf[p + 2] & 0xff) << 8) | (buf[p + 3] & 0xff);
    }

    public long readLong() throws MalformedFrameException {
        need(8);
        int p = pos;
        pos += 8;
        int high = (buf[p] << 24) | ((buf[p + 1] & 0xff) << 16) | ((buf[p + 2] & 0xff) << 8) | (buf[p + 3] & 0xff);
        int low = (buf[p + 4] << 24) | ((buf[p + 5] & 0xff) << 16) | ((buf[p + 6] & 0xff) << 8) | (buf[p + 7] & 0xff);
        return ((long) high << 32) | (low & 0xffffffffL);
    }

    /** {@code n} ints written by {@link PayloadWriter#writeInts}, copied in one bulk operation. */
    public int[] readInts(int n) throws MalformedFrameException {
        int[] values = new int[n];
        if (n <= PayloadWriter.SMALL_RUN) {
            needItems(n, 4);
            for (int i = 0; i < n; i++) {
                values[i] = readInt();
            }
            return values;
        }
        block(n, 4).asIntBuffer().get(values);
        return values;
    }

    public long[] readLongs(int n) throws MalformedFrameException {
        long[] values = new long[n];
        if (n <= PayloadWriter.SMALL_RUN) {
            needItems(n, 8);
            for (int i = 0; i < n; i++) {
                values[i] = readLong();
            }
            return values;
        }
        block(n, 8).asLongBuffer().get(values);
        return values;
    }

    public double[] readDoubles(int n) throws MalformedFrameException {
        double[] values = new double[n];
        if (n <= PayloadWriter.SMALL_RUN) {
            needItems(n, 8);
            for (int i = 0; i < n; i++) {
                values[i] = Double.longBitsToDouble(readLong());
            }
            return values;
        }
        block(n, 8).asDoubleBuffer().get(values);
        return values;
    }

    /** The next {@code n} items of {@code width} bytes as one big-endian view, read past. */
    private ByteBuffer block(int n, int width) throws MalformedFrameException {
        needItems(n, width);
        ByteBuffer view = ByteBuffer.wrap(buf, pos, n * width);
        pos += n * width;
        return view;
    }

    public double readDouble() throws MalformedFrameException {
        return Double.longBitsToDouble(readLong());
    }

    public float readFloat() throws MalformedFrameException {
        return Float.intBitsToFloat(readInt());
    }

    public String readString() throws MalformedFrameException {
        int n = readInt();
        if (n < 0) {
            return null;
        }
        need(n);
        String s = new String(buf, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    public byte[] readBytes() throws MalformedFrameException {
        int n = readInt();
        if (n < 0) {
            throw new MalformedFrameException("negative byte count " + n);
        }
        need(n);
        byte[] b = new byte[n];
        System.arraycopy(buf, pos, b, 0, n);
        pos += n;
        return b;
    }

    /** Bytes left unread: lets a reader size a list before trusting a count. */
    public int remaining() {
        return buf.length - pos;
    }

    private void needItems(int n, int size) throws MalformedFrameException {
        if (n < 0 || (long) n * size > buf.length - pos) {
            throw new MalformedFrameException("frame ends early: need " + n + " items of " + size + " bytes at "
                    + pos + " of " + buf.length);
        }
    }

    private void need(int n) throws MalformedFrameException {
        if (n < 0 || pos + n > buf.length) {
            throw new MalformedFrameException("frame ends early: need " + n + " bytes at " + pos
                    + " of " + buf.length);
        }
    }
}
