package org.proclab.runtime.ipc;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Builds a frame payload. Writing to memory cannot fail, so the methods throw no checked exception. */
public final class PayloadWriter {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    private final DataOutputStream out = new DataOutputStream(bytes);

    public PayloadWriter writeInt(int v) {
        try {
            out.writeInt(v);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return this;
    }

    public PayloadWriter writeLong(long v) {
        try {
            out.writeLong(v);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return this;
    }

    public PayloadWriter writeBoolean(boolean v) {
        try {
            out.writeBoolean(v);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return this;
    }

    /** A string that may be null and longer than writeUTF allows. */
    public PayloadWriter writeString(String s) {
        try {
            Strings.write(out, s);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return this;
    }

    public PayloadWriter writeBytes(byte[] b) {
        try {
            out.writeInt(b.length);
            out.write(b);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return this;
    }

    public PayloadWriter writeItem(Object item) {
        try {
            ItemCodec.write(out, item);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return this;
    }

    public DataOutputStream stream() {
        return out;
    }

    public byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
