package org.proclab.runtime;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.proclab.runtime.ipc.MalformedFrameException;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.shm.ArrayInitializer;
import org.proclab.runtime.shm.AutoNames;
import org.proclab.runtime.shm.MappedFile;
import org.proclab.runtime.shm.SharedAccess;
import org.proclab.runtime.shm.SharedCells;
import org.proclab.runtime.shm.SharedFile;
import org.proclab.runtime.shm.TypeCode;

/**
 * A fixed-length, one-dimensional array of numbers in shared memory, like Python's
 * {@code multiprocessing.Array}. Each element is read and written atomically on its own; a read followed
 * by a write is not atomic (see {@link Value}). See {@link TypeCode} for codes and wrap-around.
 */
public final class Array<T extends Number> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final transient TypeCode type;
    private final transient Path file;
    private final transient ByteBuffer buffer;
    private final transient SharedCells cells;
    private transient volatile String name;
    private transient volatile Lock lock;

    /** {@code length} zeros. */
    public Array(char typeCode, int length) {
        this(TypeCode.of(typeCode), ArrayInitializer.checkLength(TypeCode.of(typeCode), length), null);
    }

    /** The given elements, which must already be the code's Java type (Long for 'q', Double for 'd'). */
    public Array(char typeCode, List<? extends T> initial) {
        this(TypeCode.of(typeCode), ArrayInitializer.typed(TypeCode.of(typeCode), initial));
    }

    private Array(TypeCode type, List<Number> elements) {
        this(type, elements.size(), elements);
    }

    /** {@code elements} null means zeros: a new file is already zero-filled. */
    private Array(TypeCode type, int length, List<Number> elements) {
        MappedFile mapped = SharedFile.create(SharedFile.Kind.ARRAY, type.code(), length);
        this.type = type;
        this.file = mapped.path();
        this.buffer = mapped.buffer();
        this.cells = new SharedCells(buffer, type, SharedFile.DATA, length);
        this.name = AutoNames.next("array");
        for (int i = 0; elements != null && i < length; i++) {
            cells.getAndSet(i, elements.get(i)); // not events: no other process can see the array yet
        }
    }

    private Array(TypeCode type, Path file, int length, String name) {
        this.type = type;
        this.file = file;
        this.buffer = SharedFile.attach(file, SharedFile.Kind.ARRAY, type.code(), length);
        this.cells = new SharedCells(buffer, type, SharedFile.DATA, length);
        this.name = name;
    }

    /**
     * Checked at run time, like Python's {@code Array(code, init)}: {@code init} is a length, a List, or a
     * Java array such as {@code int[]}; elements are converted (3 becomes 3.0 for 'd').
     */
    @SuppressWarnings("unchecked")
    public static <T extends Number> Array<T> of(char typeCode, Object initializer) {
        TypeCode type = TypeCode.of(typeCode);
        if (ArrayInitializer.isLength(initializer)) {
            int length = ArrayInitializer.checkLength(type, ((Number) initializer).longValue());
            return (Array<T>) new Array<>(type, length, null);
        }
        return (Array<T>) new Array<>(type, ArrayInitializer.converted(type, initializer));
    }

    /** Names this Array in events (and its lock "&lt;name&gt;.lock"); call it before sharing the Array. */
    public synchronized Array<T> name(String newName) {
        this.name = AutoNames.check(newName);
        if (lock != null) {
            lock.name(newName + ".lock");
        }
        return this;
    }

    public String name() {
        return name;
    }

    public char typeCode() {
        return type.code();
    }

    public int length() {
        return cells.length();
    }

    @SuppressWarnings("unchecked")
    public T get(int index) {
        checkIndex(index);
        return (T) SharedAccess.read(cells, name, index);
    }

    public void set(int index, T value) {
        checkIndex(index);
        SharedAccess.write(cells, name, index, type.coerce(value));
    }

    /** Adds {@code delta} to one element in one indivisible step; returns the element's value before. */
    @SuppressWarnings("unchecked")
    public T getAndAdd(int index, T delta) {
        checkIndex(index);
        return (T) SharedAccess.add(cells, name, index, type.coerce(delta));
    }

    /** Every element, read one by one (other processes may write between two reads). */
    public List<T> toList() {
        List<T> list = new ArrayList<>(length());
        for (int i = 0; i < length(); i++) {
            list.add(get(i));
        }
        return Collections.unmodifiableList(list);
    }

    /** The lock that belongs to this Array (same shared file), named "&lt;name&gt;.lock". */
    public Lock getLock() {
        Lock held = lock;
        // A volatile read, not a synchronized method: a locked loop calls this on every pass.
        return held != null ? held : createLock();
    }

    private synchronized Lock createLock() {
        if (lock == null) {
            lock = Lock.inFile(file, buffer, SharedFile.Kind.ARRAY, type.code(), length(), name + ".lock");
        }
        return lock;
    }

    /** Shows the current elements without reporting reads. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Array('").append(type.code()).append("', [");
        for (int i = 0; i < length(); i++) {
            text.append(i == 0 ? "" : ", ").append(type.format(cells.get(i)));
        }
        return text.append("], name=").append(name).append(')').toString();
    }

    private void checkIndex(int index) {
        if (index >= 0 && index < length()) {
            return;
        }
        String range = length() == 0 ? name + " is empty (length 0)"
                : "valid indexes of " + name + " are 0 to " + (length() - 1);
        String hint = index < 0 ? " (Java has no negative indexes like Python's a[-1]; use a.length() - 1)" : "";
        throw new IndexOutOfBoundsException("index " + index + " is out of range: " + range + hint);
    }

    private Object writeReplace() {
        return new Ref(file.toString(), type.code(), length(), name);
    }

    /** What {@link Ref} carries, for {@link JobCodec}. */
    void writeRef(PayloadWriter out) {
        out.writeString(file.toString()).writeInt(type.code()).writeInt(length()).writeString(name);
    }

    static Array<?> readRef(PayloadReader in) throws MalformedFrameException {
        String file = in.readString();
        char code = (char) in.readInt();
        int length = in.readInt();
        return new Array<>(TypeCode.of(code), Path.of(file), length, in.readString());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("an Array is sent as a reference to its shared file");
    }

    /** What travels to another process: the file to map, never the elements. */
    private static final class Ref implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String file;
        private final char code;
        private final int length;
        private final String name;

        Ref(String file, char code, int length, String name) {
            this.file = file;
            this.code = code;
            this.length = length;
            this.name = name;
        }

        private Object readResolve() {
            return new Array<>(TypeCode.of(code), Path.of(file), length, name);
        }
    }
}
