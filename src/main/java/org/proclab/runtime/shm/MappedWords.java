package org.proclab.runtime.shm;

import java.lang.ref.Reference;
import java.lang.reflect.Field;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import sun.misc.Unsafe;

/**
 * Atomic reads, writes and updates of the 4- and 8-byte words of a mapped buffer, in the machine's byte order,
 * by address. A ByteBuffer VarHandle does the same through a chain of a dozen calls, which a new worker runs
 * interpreted for its first thousands of operations: the five of a locked increment took 750 ns through
 * VarHandles over a fresh JVM's first 12,500 increments, against 70 ns this way (docs/bench.md, "Night").
 *
 * <p>Written here although Agrona's {@code UnsafeBuffer} does this: that class's initialisation initialises
 * Agrona's {@code SystemUtil}, which starts the JDK's process and lambda machinery ({@code ProcessHandle},
 * {@code LambdaMetafactory}, as {@code -Xlog:class+load} shows): 10-15 ms of a new JVM, in the way of every
 * worker that touches a Value, an Array or a Lock.
 *
 * <p>Every offset is checked against the buffer and the word's alignment before the address is used, and the
 * buffer is kept reachable until the access is done: its mapping is undone when it is collected.
 */
final class MappedWords {
    private static final Unsafe UNSAFE = unsafe();
    private static final long ADDRESS = addressField();

    private final ByteBuffer buffer;
    private final long address;
    private final int capacity;

    MappedWords(ByteBuffer buffer) {
        if (!buffer.isDirect()) {
            throw new IllegalArgumentException("shared words need a direct (mapped) buffer");
        }
        this.buffer = buffer;
        this.address = UNSAFE.getLong(buffer, ADDRESS);
        this.capacity = buffer.capacity();
    }

    int getIntVolatile(int offset) {
        try {
            return UNSAFE.getIntVolatile(null, at(offset, 4));
        } finally {
            Reference.reachabilityFence(buffer);
        }
    }

    long getLongVolatile(int offset) {
        try {
            return UNSAFE.getLongVolatile(null, at(offset, 8));
        } finally {
            Reference.reachabilityFence(buffer);
        }
    }

    void putLongVolatile(int offset, long value) {
        try {
            UNSAFE.putLongVolatile(null, at(offset, 8), value);
        } finally {
            Reference.reachabilityFence(buffer);
        }
    }

    boolean compareAndSetInt(int offset, int expected, int value) {
        try {
            return UNSAFE.compareAndSwapInt(null, at(offset, 4), expected, value);
        } finally {
            Reference.reachabilityFence(buffer);
        }
    }

    boolean compareAndSetLong(int offset, long expected, long value) {
        try {
            return UNSAFE.compareAndSwapLong(null, at(offset, 8), expected, value);
        } finally {
            Reference.reachabilityFence(buffer);
        }
    }

    int getAndSetInt(int offset, int value) {
        try {
            return UNSAFE.getAndSetInt(null, at(offset, 4), value);
        } finally {
            Reference.reachabilityFence(buffer);
        }
    }

    long getAndSetLong(int offset, long value) {
        try {
            return UNSAFE.getAndSetLong(null, at(offset, 8), value);
        } finally {
            Reference.reachabilityFence(buffer);
        }
    }

    int getAndAddInt(int offset, int delta) {
        try {
            return UNSAFE.getAndAddInt(null, at(offset, 4), delta);
        } finally {
            Reference.reachabilityFence(buffer);
        }
    }

    long getAndAddLong(int offset, long delta) {
        try {
            return UNSAFE.getAndAddLong(null, at(offset, 8), delta);
        } finally {
            Reference.reachabilityFence(buffer);
        }
    }

    /** The address of the word at {@code offset}, which must lie inside the buffer and be aligned to its width. */
    private long at(int offset, int width) {
        if (offset < 0 || offset > capacity - width || (offset & (width - 1)) != 0) {
            throw new IndexOutOfBoundsException("a " + width + "-byte word at offset " + offset
                    + " of a shared buffer of " + capacity + " bytes");
        }
        return address + offset;
    }

    private static Unsafe unsafe() {
        try {
            Field field = Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (Unsafe) field.get(null);
        } catch (ReflectiveOperationException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }

    /** Where a direct buffer keeps its memory's address (java.nio.Buffer#address, a long). */
    private static long addressField() {
        try {
            return UNSAFE.objectFieldOffset(Buffer.class.getDeclaredField("address"));
        } catch (NoSuchFieldException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }
}
