package org.proclab.runtime;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import org.proclab.runtime.ipc.MalformedFrameException;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.shm.AutoNames;
import org.proclab.runtime.shm.LockWord;
import org.proclab.runtime.shm.MappedFile;
import org.proclab.runtime.shm.SharedAccess;
import org.proclab.runtime.shm.SharedFile;
import org.proclab.runtime.shm.Timeouts;

/**
 * Mutual exclusion across processes and threads, like Python's {@code multiprocessing.Lock}: one word in
 * shared memory, taken with a compare-and-set. Not reentrant: the thread holding it must not acquire it
 * again. If the holding process dies, a waiter takes the lock over within about 10 ms and reports
 * LOCK_ABANDONED.
 */
public final class Lock implements Serializable {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient SharedFile.Kind hostKind;
    private final transient char hostCode;
    private final transient int hostLength;
    private final transient LockWord word;
    private transient volatile String name;

    public Lock() {
        MappedFile mapped = SharedFile.create(SharedFile.Kind.LOCK, '\0', 0);
        this.file = mapped.path();
        this.hostKind = SharedFile.Kind.LOCK;
        this.hostCode = '\0';
        this.hostLength = 0;
        this.word = new LockWord(mapped.buffer(), SharedFile.LOCK_WORD);
        this.name = AutoNames.next("lock");
    }

    private Lock(Path file, ByteBuffer buffer, SharedFile.Kind hostKind, char hostCode, int hostLength, String name) {
        this.file = file;
        this.hostKind = hostKind;
        this.hostCode = hostCode;
        this.hostLength = hostLength;
        this.word = new LockWord(buffer, SharedFile.LOCK_WORD);
        this.name = name;
    }

    /** The lock word in the header of a Value's or Array's own file. */
    static Lock inFile(Path file, ByteBuffer buffer, SharedFile.Kind kind, char code, int length, String name) {
        return new Lock(file, buffer, kind, code, length, name);
    }

    public Lock name(String newName) {
        this.name = AutoNames.check(newName);
        return this;
    }

    public String name() {
        return name;
    }

    /** Waits as long as it takes. Acquiring a lock this thread already holds throws instead of hanging. */
    public void acquire() {
        SharedAccess.acquire(word, name, -1);
    }

    /** Waits at most {@code timeout} (zero: just try); true if the lock is now held by this thread. */
    public boolean acquire(Duration timeout) {
        return SharedAccess.acquire(word, name, Timeouts.nanos(timeout));
    }

    /** Releases the lock; throws IllegalStateException if this thread does not hold it. */
    public void release() {
        SharedAccess.release(word, name);
    }

    /** Acquires and returns a handle whose close() releases: {@code try (var held = lock.hold()) { ... }}. */
    public Held hold() {
        acquire();
        return new Held() {
            private boolean open = true;

            @Override
            public void close() {
                if (open) {
                    open = false;
                    release();
                }
            }
        };
    }

    /** For Condition: whether the calling thread holds it. */
    boolean heldByCurrentThread() {
        return word.owner() == LockWord.me();
    }

    /** Name and holder right now, without reporting anything. */
    @Override
    public String toString() {
        long owner = word.owner();
        return "Lock(" + name + ", " + (owner == 0 ? "free" : "held by pid " + LockWord.pidOf(owner)) + ")";
    }

    private Object writeReplace() {
        return new Ref(file.toString(), hostKind.ordinal(), hostCode, hostLength, name);
    }

    /** What {@link Ref} carries, for {@link JobCodec}. */
    void writeRef(PayloadWriter out) {
        out.writeString(file.toString()).writeInt(hostKind.ordinal()).writeInt(hostCode).writeInt(hostLength)
                .writeString(name);
    }

    static Lock readRef(PayloadReader in) throws MalformedFrameException {
        String file = in.readString();
        int kind = in.readInt();
        char code = (char) in.readInt();
        int length = in.readInt();
        return attach(file, kind, code, length, in.readString());
    }

    /** The lock word in {@code file}, mapped in this process. */
    private static Lock attach(String file, int hostKind, char hostCode, int hostLength, String name) {
        if (hostKind < 0 || hostKind >= SharedFile.Kind.values().length) {
            throw new IllegalArgumentException("unknown shared file kind " + hostKind);
        }
        SharedFile.Kind kind = SharedFile.Kind.values()[hostKind];
        Path path = Path.of(file);
        return new Lock(path, SharedFile.attach(path, kind, hostCode, hostLength), kind, hostCode, hostLength, name);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("a Lock is sent as a reference to its shared file");
    }

    /** The lock while it is held; closing it releases the lock. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** What travels to another process: where the lock word is, never its state. */
    private static final class Ref implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String file;
        private final int hostKind;
        private final char hostCode;
        private final int hostLength;
        private final String name;

        Ref(String file, int hostKind, char hostCode, int hostLength, String name) {
            this.file = file;
            this.hostKind = hostKind;
            this.hostCode = hostCode;
            this.hostLength = hostLength;
            this.name = name;
        }

        private Object readResolve() {
            return attach(file, hostKind, hostCode, hostLength, name);
        }
    }
}
