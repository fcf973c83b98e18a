package org.proclab.runtime.shm;

import java.nio.ByteBuffer;

/**
 * Typed elements in a mapped buffer, each accessed atomically in the machine's byte order
 * ({@link MappedWords}). Floats and doubles are stored as their raw bits, and a compare-and-set compares
 * bits, as a VarHandle's does. This class only touches memory; events and checks live in
 * {@link SharedAccess}, Value and Array.
 */
public final class SharedCells {
    private final MappedWords words;
    private final TypeCode type;
    private final TypeCode.Slot slot;
    private final int base;
    private final int length;

    /** {@code base} must be a multiple of 8 so every slot is aligned (atomic access requires it). */
    public SharedCells(ByteBuffer buffer, TypeCode type, int base, int length) {
        if (base % 8 != 0) {
            throw new IllegalArgumentException("element base offset " + base + " is not 8-byte aligned");
        }
        this.words = new MappedWords(buffer);
        this.type = type;
        this.slot = type.slot();
        this.base = base;
        this.length = length;
    }

    /** Bytes needed for {@code length} elements of {@code type}, rounded up to keep the file 8-aligned. */
    public static long bytesFor(TypeCode type, int length) {
        return ((long) length * type.slot().bytes + 7) & ~7L;
    }

    public TypeCode type() {
        return type;
    }

    public int length() {
        return length;
    }

    public Number get(int index) {
        int at = offset(index);
        switch (slot) {
            case INT: return type.fromIntSlot(words.getIntVolatile(at));
            case LONG: return words.getLongVolatile(at);
            case FLOAT: return Float.intBitsToFloat(words.getIntVolatile(at));
            default: return Double.longBitsToDouble(words.getLongVolatile(at));
        }
    }

    /** Writes an already coerced value; returns exactly what the write replaced (one atomic exchange). */
    public Number getAndSet(int index, Number value) {
        int at = offset(index);
        switch (slot) {
            case INT: return type.fromIntSlot(words.getAndSetInt(at, value.intValue()));
            case LONG: return words.getAndSetLong(at, value.longValue());
            case FLOAT: return Float.intBitsToFloat(
                    words.getAndSetInt(at, Float.floatToRawIntBits(value.floatValue())));
            default: return Double.longBitsToDouble(
                    words.getAndSetLong(at, Double.doubleToRawLongBits(value.doubleValue())));
        }
    }

    /**
     * Atomically adds an already coerced delta and returns the old value. int and long use the hardware's
     * atomic add (32/64-bit wrap-around is exactly C's for i, I, l, L, q, Q); the narrow codes must wrap at
     * 8 or 16 bits and float/double have no atomic add, so those retry a compare-and-set.
     */
    public Number getAndAdd(int index, Number delta) {
        int at = offset(index);
        switch (type) {
            case INT:
            case UNSIGNED_INT:
                return type.fromIntSlot(words.getAndAddInt(at, delta.intValue()));
            case FLOAT:
                return addFloat(at, delta.floatValue());
            case DOUBLE:
                return addDouble(at, delta.doubleValue());
            default:
                return slot == TypeCode.Slot.LONG ? (Number) words.getAndAddLong(at, delta.longValue())
                        : addNarrow(at, delta.intValue());
        }
    }

    private Number addNarrow(int at, int delta) {
        while (true) {
            int old = words.getIntVolatile(at);
            int next = type.fromLongBits((long) old + delta).intValue();
            if (words.compareAndSetInt(at, old, next)) {
                return old;
            }
        }
    }

    private Number addFloat(int at, float delta) {
        while (true) {
            int old = words.getIntVolatile(at);
            float sum = Float.intBitsToFloat(old) + delta;
            if (words.compareAndSetInt(at, old, Float.floatToRawIntBits(sum))) {
                return Float.intBitsToFloat(old);
            }
        }
    }

    private Number addDouble(int at, double delta) {
        while (true) {
            long old = words.getLongVolatile(at);
            double sum = Double.longBitsToDouble(old) + delta;
            if (words.compareAndSetLong(at, old, Double.doubleToRawLongBits(sum))) {
                return Double.longBitsToDouble(old);
            }
        }
    }

    private int offset(int index) {
        // Callers check bounds with a message naming the object; this guards the memory itself.
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return base + index * slot.bytes;
    }
}
