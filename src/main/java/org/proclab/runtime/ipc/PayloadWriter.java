package org.proclab.runtime.ipc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds a frame payload in a plain growable array. (ByteArrayOutputStream and DataOutputStream synchronize
 * on every byte; at a million items a second that lock is most of the cost.)
 */
public final class PayloadWriter {
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private byte[] buf;
    private int len;

    public PayloadWriter() {
        this(64);
    }

    public PayloadWriter(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    public PayloadWriter writeByte(int v) {
        ensure(1);
        buf[len++] = (byte) v;
        return this;
    }

    public PayloadWriter writeBoolean(boolean v) {
        return writeByte(v ? 1 : 0);
    }

    public PayloadWriter writeInt(int v) {
        ensure(4);
        INT.set(buf, len, v);
        len += 4;
        return this;
    }

    public PayloadWriter writeLong(long v) {
        ensure(8);
        LONG.set(buf, len, v);
        len += 8;
        return this;
    }

    public PayloadWriter writeDouble(double v) {
        return writeLong(Double.doubleToRawLongBits(v));
    }

    public PayloadWriter writeFloat(float v) {
        return writeInt(Float.floatToRawIntBits(v));
    }

    /** A string that may be null and of any length: length -1 marks null. */
    public PayloadWriter writeString(String s) {
        if (s == null) {
            return writeInt(-1);
        }
        return writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    public PayloadWriter writeBytes(byte[] b) {
        writeInt(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
        return this;
    }

    byte[] buffer() {
        return buf;
    }

    public int length() {
        return len;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(len + more, buf.length * 2));
        }
    }
}
