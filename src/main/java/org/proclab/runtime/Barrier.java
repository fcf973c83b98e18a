package org.proclab.runtime;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import org.proclab.runtime.ipc.MalformedFrameException;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.shm.AutoNames;
import org.proclab.runtime.shm.BarrierState;
import org.proclab.runtime.shm.MappedFile;
import org.proclab.runtime.shm.SharedFile;
import org.proclab.runtime.shm.Timeouts;

/**
 * A meeting point for a fixed number of processes or threads, like Python's
 * {@code multiprocessing.Barrier}: each {@link #await()} waits until {@code parties} callers have arrived,
 * then all go on together. It can be used again at once. Lessons use it to start workers at the same
 * moment, since worker JVMs start tens of milliseconds apart.
 */
public final class Barrier implements Serializable {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient int parties;
    private final transient BarrierState state;
    private transient volatile String name;

    public Barrier(int parties) {
        if (parties < 1) {
            throw new IllegalArgumentException("a Barrier needs at least 1 party; got " + parties);
        }
        MappedFile mapped = SharedFile.create(SharedFile.Kind.BARRIER, '\0', parties);
        this.file = mapped.path();
        this.parties = parties;
        this.state = new BarrierState(mapped.buffer(), SharedFile.BARRIER_STATE, parties);
        this.name = AutoNames.next("barrier");
    }

    private Barrier(Path file, int parties, String name) {
        this.file = file;
        this.parties = parties;
        this.state = new BarrierState(SharedFile.attach(file, SharedFile.Kind.BARRIER, '\0', parties),
                SharedFile.BARRIER_STATE, parties);
        this.name = name;
    }

    public Barrier name(String newName) {
        this.name = AutoNames.check(newName);
        return this;
    }

    public String name() {
        return name;
    }

    public int parties() {
        return parties;
    }

    /** Waits until all parties have arrived; returns this caller's arrival number, 0 for the first. */
    public int await() {
        return state.await(-1);
    }

    /**
     * Waits at most {@code timeout}. Returns false if the others did not all arrive in time; this caller's
     * arrival is then taken back, so the barrier still needs {@code parties} new arrivals.
     */
    public boolean await(Duration timeout) {
        return state.await(Timeouts.nanos(timeout)) != BarrierState.TIMED_OUT;
    }

    @Override
    public String toString() {
        return "Barrier(" + name + ", " + state.waiting() + " of " + parties + " waiting)";
    }

    private Object writeReplace() {
        return new Ref(file.toString(), parties, name);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("a Barrier is sent as a reference to its shared file");
    }

    /** What {@link Ref} carries, for {@link JobCodec}. */
    void writeRef(PayloadWriter out) {
        out.writeString(file.toString()).writeInt(parties).writeString(name);
    }

    static Barrier readRef(PayloadReader in) throws MalformedFrameException {
        String file = in.readString();
        int parties = in.readInt();
        return new Barrier(Path.of(file), parties, in.readString());
    }

    /** What travels to another process: the file to map. */
    private static final class Ref implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String file;
        private final int parties;
        private final String name;

        Ref(String file, int parties, String name) {
            this.file = file;
            this.parties = parties;
            this.name = name;
        }

        private Object readResolve() {
            return new Barrier(Path.of(file), parties, name);
        }
    }
}
