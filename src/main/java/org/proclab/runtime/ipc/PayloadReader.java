package org.proclab.runtime.ipc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Reads what {@link PayloadWriter} wrote. Reading past the end is a malformed frame, never garbage. */
public final class PayloadReader {
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

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
        int v = (int) INT.get(buf, pos);
        pos += 4;
        return v;
    }

    public long readLong() throws MalformedFrameException {
        need(8);
        long v = (long) LONG.get(buf, pos);
        pos += 8;
        return v;
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

    private void need(int n) throws MalformedFrameException {
        if (n < 0 || pos + n > buf.length) {
            throw new MalformedFrameException("frame ends early: need " + n + " bytes at " + pos
                    + " of " + buf.length);
        }
    }
}
