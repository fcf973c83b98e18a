package org.proclab.runtime.shm;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Typed elements in a mapped buffer, each accessed atomically through a VarHandle view. This class only
 * touches memory; events and checks live in {@link SharedAccess}, Value and Array.
 */
public final class SharedCells {
    private static final VarHandle INTS = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());
    private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final VarHandle FLOATS = MethodHandles.byteBufferViewVarHandle(float[].class, ByteOrder.nativeOrder());
    private static final VarHandle DOUBLES = MethodHandles.byteBufferViewVarHandle(double[].class, ByteOrder.nativeOrder());

    private final ByteBuffer buffer;
    private final TypeCode type;
    private final int base;
    private final int length;

    /** {@code base} must be a multiple of 8 so every slot is aligned (VarHandle atomics require it). */
    public SharedCells(ByteBuffer buffer, TypeCode type, int base, int length) {
        if (base % 8 != 0) {
            throw new IllegalArgumentException("element base offset " + base + " is not 8-byte aligned");
        }
        this.buffer = buffer;
        this.type = type;
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
        switch (type.slot()) {
            case INT: return type.fromIntSlot((int) INTS.getVolatile(buffer, at));
            case LONG: return (long) LONGS.getVolatile(buffer, at);
            case FLOAT: return (float) FLOATS.getVolatile(buffer, at);
            default: return (double) DOUBLES.getVolatile(buffer, at);
        }
    }

    /** Writes an already coerced value; returns exactly what the write replaced (one atomic exchange). */
    public Number getAndSet(int index, Number value) {
        int at = offset(index);
        switch (type.slot()) {
            case INT: return type.fromIntSlot((int) INTS.getAndSet(buffer, at, value.intValue()));
            case LONG: return (long) LONGS.getAndSet(buffer, at, value.longValue());
            case FLOAT: return (float) FLOATS.getAndSet(buffer, at, value.floatValue());
            default: return (double) DOUBLES.getAndSet(buffer, at, value.doubleValue());
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
                return type.fromIntSlot((int) INTS.getAndAdd(buffer, at, delta.intValue()));
            case FLOAT:
                return addFloat(at, delta.floatValue());
            case DOUBLE:
                return addDouble(at, delta.doubleValue());
            default:
                return type.slot() == TypeCode.Slot.LONG ? (Number) (long) LONGS.getAndAdd(buffer, at, delta.longValue())
                        : addNarrow(at, delta.intValue());
        }
    }

    private Number addNarrow(int at, int delta) {
        while (true) {
            int old = (int) INTS.getVolatile(buffer, at);
            int next = type.fromLongBits((long) old + delta).intValue();
            if (INTS.compareAndSet(buffer, at, old, next)) {
                return old;
            }
        }
    }

    private Number addFloat(int at, float delta) {
        while (true) {
            float old = (float) FLOATS.getVolatile(buffer, at);
            if (FLOATS.compareAndSet(buffer, at, old, old + delta)) {
                return old;
            }
        }
    }

    private Number addDouble(int at, double delta) {
        while (true) {
            double old = (double) DOUBLES.getVolatile(buffer, at);
            if (DOUBLES.compareAndSet(buffer, at, old, old + delta)) {
                return old;
            }
        }
    }

    private int offset(int index) {
        // Callers check bounds with a message naming the object; this guards the memory itself.
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return base + index * type.slot().bytes;
    }
}
