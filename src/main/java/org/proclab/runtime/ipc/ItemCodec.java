package org.proclab.runtime.ipc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Encodes the items that travel through queues and pools. Numbers, strings, lists of them and Serializable
 * records of them have compact tags of their own (Java serialization would cost ten times more per small
 * message, and a new worker JVM 15-20 ms to set up); anything else that is {@link Serializable} falls back to
 * Java serialization.
 */
public final class ItemCodec {
    private static final byte NULL = 0;
    private static final byte INT = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte STRING = 4;
    private static final byte BOOLEAN = 5;
    private static final byte BIG_INTEGER = 6;
    private static final byte LIST = 7;
    private static final byte SERIALIZED = 8;
    private static final byte FLOAT = 9;
    /** A string that UTF-8 cannot carry (a lone surrogate): its UTF-16 code units, as Java holds them. */
    private static final byte STRING_UTF16 = 10;
    /** A Serializable record of compact values: its class, then its components (see {@link RecordForm}). */
    private static final byte RECORD = 11;
    /** Records and lists inside each other deeper than this go by serialization (a cycle ends here too). */
    private static final int MAX_DEPTH = 32;

    private ItemCodec() {
    }

    public static void write(PayloadWriter out, Object item) {
        if (item == null) {
            out.writeByte(NULL);
        } else if (item instanceof Integer) {
            out.writeByte(INT);
            out.writeInt((Integer) item);
        } else if (item instanceof Long) {
            out.writeByte(LONG);
            out.writeLong((Long) item);
        } else if (item instanceof Double) {
            out.writeByte(DOUBLE);
            out.writeDouble((Double) item);
        } else if (item instanceof Float) {
            out.writeByte(FLOAT);
            out.writeFloat((Float) item);
        } else if (item instanceof String) {
            writeText(out, (String) item);
        } else if (item instanceof Boolean) {
            out.writeByte(BOOLEAN);
            out.writeBoolean((Boolean) item);
        } else if (item instanceof BigInteger) {
            out.writeByte(BIG_INTEGER);
            out.writeBytes(((BigInteger) item).toByteArray());
        } else if (item instanceof List && isPlainList(item)) {
            List<?> list = (List<?>) item;
            out.writeByte(LIST);
            writeList(out, list);
        } else if (RecordForm.travels(item) && isCompact(item, Collections.newSetFromMap(new IdentityHashMap<>()))) {
            writeRecord(out, (Record) item);
        } else if (item instanceof Serializable) {
            out.writeByte(SERIALIZED);
            out.writeBytes(serializeUnchecked(item));
        } else {
            throw new IllegalArgumentException(item.getClass().getName()
                    + " cannot be sent to another process: make it Serializable (or send numbers, strings, lists)");
        }
    }

    private static void writeRecord(PayloadWriter out, Record record) {
        Object[] components = RecordForm.components(record);
        out.writeByte(RECORD).writeString(record.getClass().getName()).writeInt(components.length);
        for (Object component : components) {
            write(out, component);
        }
    }

    /** UTF-8 when it round-trips (almost always); otherwise the code units, so "a\uD800b" comes back unchanged. */
    private static void writeText(PayloadWriter out, String s) {
        if (isWellFormed(s)) {
            out.writeByte(STRING);
            out.writeString(s);
            return;
        }
        byte[] units = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            units[2 * i] = (byte) (c >>> 8);
            units[2 * i + 1] = (byte) c;
        }
        out.writeByte(STRING_UTF16);
        out.writeBytes(units);
    }

    private static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String readUtf16(PayloadReader in) throws IOException {
        byte[] units = in.readBytes();
        if (units.length % 2 != 0) {
            throw new MalformedFrameException("UTF-16 string of odd length " + units.length);
        }
        char[] chars = new char[units.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((units[2 * i] & 0xff) << 8) | (units[2 * i + 1] & 0xff));
        }
        return new String(chars);
    }

    /**
     * A list, with its elements' common type written once when they share one: a million Integers then
     * cost four bytes each and no per-element tag or type test on the way back.
     */
    public static void writeList(PayloadWriter out, List<?> list) {
        if (list instanceof NumberList && writeArray(out, ((NumberList) list).array())) {
            return;
        }
        // One bulk copy out of the list, then plain array loops: a fresh worker runs this interpreted, where
        // every iterator or VarHandle call per element costs a microsecond.
        Object[] elements = list.toArray();
        int n = elements.length;
        byte kind = commonKind(elements);
        out.writeByte(kind);
        out.writeInt(n);
        switch (kind) {
            case INT:
                int[] ints = new int[n];
                for (int i = 0; i < n; i++) {
                    ints[i] = (Integer) elements[i];
                }
                out.writeInts(ints, n);
                break;
            case LONG:
                long[] longs = new long[n];
                for (int i = 0; i < n; i++) {
                    longs[i] = (Long) elements[i];
                }
                out.writeLongs(longs, n);
                break;
            case DOUBLE:
                double[] doubles = new double[n];
                for (int i = 0; i < n; i++) {
                    doubles[i] = (Double) elements[i];
                }
                out.writeDoubles(doubles, n);
                break;
            default:
                for (Object element : elements) {
                    write(out, element);
                }
        }
    }

    /** A list that arrived as numbers goes on as the same block, without boxing and unboxing each. */
    private static boolean writeArray(PayloadWriter out, Object array) {
        if (array instanceof int[]) {
            int[] ints = (int[]) array;
            out.writeByte(INT).writeInt(ints.length);
            out.writeInts(ints, ints.length);
        } else if (array instanceof long[]) {
            long[] longs = (long[]) array;
            out.writeByte(LONG).writeInt(longs.length);
            out.writeLongs(longs, longs.length);
        } else if (array instanceof double[]) {
            double[] doubles = (double[]) array;
            out.writeByte(DOUBLE).writeInt(doubles.length);
            out.writeDoubles(doubles, doubles.length);
        } else {
            return false;
        }
        return true;
    }

    private static byte commonKind(Object[] elements) {
        if (elements.length == 0) {
            return NULL;
        }
        Object first = elements[0];
        byte kind = first instanceof Integer ? INT : first instanceof Long ? LONG : first instanceof Double ? DOUBLE : NULL;
        if (kind == NULL) {
            return NULL;
        }
        Class<?> type = first.getClass();
        for (Object element : elements) {
            if (element == null || element.getClass() != type) {
                return NULL;
            }
        }
        return kind;
    }

    public static Object read(PayloadReader in) throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case INT:
                return in.readInt();
            case LONG:
                return in.readLong();
            case DOUBLE:
                return in.readDouble();
            case FLOAT:
                return in.readFloat();
            case STRING:
                return in.readString();
            case STRING_UTF16:
                return readUtf16(in);
            case BOOLEAN:
                return in.readBoolean();
            case BIG_INTEGER:
                return new BigInteger(in.readBytes());
            case LIST:
                return readList(in);
            case SERIALIZED:
                return deserialize(in.readBytes());
            case RECORD:
                return readRecord(in);
            default:
                throw new MalformedFrameException("unknown item tag " + tag);
        }
    }

    /**
     * A list: one of numbers of a single type comes back as a {@link NumberList} over the block it arrived in
     * (no object per number); any other as an {@code ArrayList}. Both are mutable.
     */
    public static List<Object> readList(PayloadReader in) throws IOException {
        byte kind = in.readByte();
        int n = in.readInt();
        if (n < 0 || n > in.remaining()) {
            throw new MalformedFrameException("list length " + n + " is out of range");
        }
        switch (kind) {
            case INT:
                return NumberList.ofInts(in.readInts(n));
            case LONG:
                return NumberList.ofLongs(in.readLongs(n));
            case DOUBLE:
                return NumberList.ofDoubles(in.readDoubles(n));
            case NULL:
                Object[] elements = new Object[n];
                for (int i = 0; i < n; i++) {
                    elements[i] = read(in);
                }
                // Bulk copies into the ArrayList instead of one add per element.
                return new ArrayList<>(Arrays.asList(elements));
            default:
                throw new MalformedFrameException("unknown list kind " + kind);
        }
    }

    private static Object readRecord(PayloadReader in) throws IOException {
        String name = in.readString();
        int n = in.readInt();
        if (n < 0 || n > in.remaining()) {
            throw new MalformedFrameException("record component count " + n + " is out of range");
        }
        Object[] components = new Object[n];
        for (int i = 0; i < n; i++) {
            components[i] = read(in);
        }
        return RecordForm.make(name, components);
    }

    /** A deep copy by way of the codec: what another process would receive. */
    public static Object copy(Object item) {
        PayloadWriter out = new PayloadWriter();
        write(out, item);
        try {
            return read(new PayloadReader(out.toByteArray()));
        } catch (IOException ex) {
            throw new IllegalArgumentException("cannot copy " + item + ": " + ex.getMessage(), ex);
        }
    }

    public static byte[] serialize(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static byte[] serializeUnchecked(Object o) {
        try {
            return serialize(o);
        } catch (IOException ex) {
            throw new IllegalArgumentException(o.getClass().getName() + " cannot be sent to another process: "
                    + ex.getMessage(), ex);
        }
    }

    public static Object deserialize(byte[] b) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
            return in.readObject();
        } catch (ClassNotFoundException ex) {
            throw new IOException("class not found in this JVM: " + ex.getMessage(), ex);
        }
    }

    /**
     * Whether {@link #write} carries {@code item} with tags of its own, never Java serialization, and without
     * losing anything serialization keeps: a list met twice, here or in an earlier call with the same
     * {@code lists}, or inside itself, is not compact (the compact form would make two lists of it).
     */
    public static boolean isCompact(Object item, Set<Object> lists) {
        return isCompact(item, lists, 0);
    }

    private static boolean isCompact(Object item, Set<Object> lists, int depth) {
        if (item == null || item instanceof Integer || item instanceof Long || item instanceof Double
                || item instanceof Float || item instanceof String || item instanceof Boolean
                || item instanceof BigInteger) {
            return true;
        }
        if (depth >= MAX_DEPTH) {
            return false;
        }
        Object[] parts;
        if (RecordForm.travels(item)) {
            // A record met twice is two equal records here, one record under serialization: also not compact.
            parts = lists.add(item) ? RecordForm.components((Record) item) : null;
        } else if (item instanceof List && isPlainList(item) && lists.add(item)) {
            parts = ((List<?>) item).toArray();
        } else {
            parts = null;
        }
        if (parts == null) {
            return false;
        }
        for (Object part : parts) {
            if (!isCompact(part, lists, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /** Only the JDK's own list classes are sent element by element; a custom List subclass keeps its type. */
    private static boolean isPlainList(Object item) {
        String name = item.getClass().getName();
        return name.startsWith("java.util.") || item instanceof NumberList;
    }
}
