package org.proclab.runtime;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.proclab.runtime.ipc.MalformedFrameException;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.shm.AutoNames;
import org.proclab.runtime.shm.MappedFile;
import org.proclab.runtime.shm.SharedAccess;
import org.proclab.runtime.shm.SharedCells;
import org.proclab.runtime.shm.SharedFile;
import org.proclab.runtime.shm.TypeCode;

/**
 * One number in memory shared by every process it is passed to, like Python's
 * {@code multiprocessing.Value}. The memory is a mapped file; sending a Value to a worker sends the file's
 * name, and the worker maps the same memory.
 *
 * <p>{@link #get()} and {@link #set} are each atomic, but {@code v.set(v.get() + 1)} is two separate
 * operations: another process can write in between and its update is lost. Use {@link #getAndAdd} or
 * hold {@link #getLock()} around the read and the write. See {@link TypeCode} for the codes, their Java
 * types and how values that do not fit wrap around.
 */
public final class Value<T extends Number> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final transient TypeCode type;
    private final transient Path file;
    private final transient ByteBuffer buffer;
    private final transient SharedCells cells;
    private transient volatile String name;
    private transient volatile Lock lock;

    /** {@code new Value<>('i', 0)}; the initial value must already be the code's Java type (0L for 'q'). */
    public Value(char typeCode, T initial) {
        this(checked(typeCode, initial), initial);
    }

    private Value(TypeCode type, Number initial) {
        MappedFile mapped = SharedFile.create(SharedFile.Kind.VALUE, type.code(), 1);
        this.type = type;
        this.file = mapped.path();
        this.buffer = mapped.buffer();
        this.cells = new SharedCells(buffer, type, SharedFile.DATA, 1);
        this.name = AutoNames.next("value");
        cells.getAndSet(0, type.coerce(initial)); // not an event: no other process can see it yet
    }

    private Value(TypeCode type, Path file, String name) {
        this.type = type;
        this.file = file;
        this.buffer = SharedFile.attach(file, SharedFile.Kind.VALUE, type.code(), 1);
        this.cells = new SharedCells(buffer, type, SharedFile.DATA, 1);
        this.name = name;
    }

    /** Like the constructor, but checked at run time: converts 3 to 3.0 for 'd', wraps 300 for 'b'. */
    @SuppressWarnings("unchecked")
    public static <T extends Number> Value<T> of(char typeCode, Object initial) {
        TypeCode type = TypeCode.of(typeCode);
        return (Value<T>) new Value<>(type, type.coerce(initial));
    }

    private static TypeCode checked(char typeCode, Number initial) {
        TypeCode type = TypeCode.of(typeCode);
        type.requireJavaType(initial, "the initial value", "Value.of('" + typeCode + "', " + initial + ")");
        return type;
    }

    /** Names this Value in events (and its lock "&lt;name&gt;.lock"); call it before sharing the Value. */
    public synchronized Value<T> name(String newName) {
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

    @SuppressWarnings("unchecked")
    public T get() {
        return (T) SharedAccess.read(cells, name, -1);
    }

    public void set(T value) {
        SharedAccess.write(cells, name, -1, type.coerce(value));
    }

    /** Adds {@code delta} in one indivisible step and returns the value before: no update can be lost. */
    @SuppressWarnings("unchecked")
    public T getAndAdd(T delta) {
        return (T) SharedAccess.add(cells, name, -1, type.coerce(delta));
    }

    /** The lock that belongs to this Value (same shared file), named "&lt;name&gt;.lock". */
    public Lock getLock() {
        Lock held = lock;
        // A volatile read, not a synchronized method: a locked loop calls this on every pass.
        return held != null ? held : createLock();
    }

    private synchronized Lock createLock() {
        if (lock == null) {
            lock = Lock.inFile(file, buffer, SharedFile.Kind.VALUE, type.code(), 1, name + ".lock");
        }
        return lock;
    }

    /** Shows the current value without reporting a read (a debugger or log calling this is not the program). */
    @Override
    public String toString() {
        return "Value('" + type.code() + "', " + type.format(cells.get(0)) + ", name=" + name + ")";
    }

    private Object writeReplace() {
        return new Ref(file.toString(), type.code(), name);
    }

    /** What {@link Ref} carries, for {@link JobCodec}. */
    void writeRef(PayloadWriter out) {
        out.writeString(file.toString()).writeInt(type.code()).writeString(name);
    }

    static Value<?> readRef(PayloadReader in) throws MalformedFrameException {
        String file = in.readString();
        char code = (char) in.readInt();
        return new Value<>(TypeCode.of(code), Path.of(file), in.readString());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("a Value is sent as a reference to its shared file");
    }

    /** What travels to another process: the file to map, never the number itself. */
    private static final class Ref implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String file;
        private final char code;
        private final String name;

        Ref(String file, char code, String name) {
            this.file = file;
            this.code = code;
            this.name = name;
        }

        private Object readResolve() {
            return new Value<>(TypeCode.of(code), Path.of(file), name);
        }
    }
}
