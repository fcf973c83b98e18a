package org.proclab.runtime;

import java.io.Serializable;
import org.proclab.runtime.context.HubCalls;
import org.proclab.runtime.ipc.SyncOp;

/**
 * A pair of connected ends, like Python's {@code multiprocessing.Pipe()}: what one end sends, the other
 * receives, in order. Duplex (the default) carries both ways; a one-way pipe's {@link #conn1} only receives
 * and its {@link #conn2} only sends, as in Python. Pass an end (or the pair) to a worker as a target argument.
 */
public final class Pipe implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Connection conn1;
    private final Connection conn2;

    public Pipe() {
        this(true);
    }

    public Pipe(boolean duplex) {
        long id = HubCalls.create(SyncOp.KIND_PIPE);
        String name = "pipe-" + (id & 0xffffff);
        this.conn1 = new Connection(id, name, 0, true, duplex);
        this.conn2 = new Connection(id, name, 1, duplex, true);
    }

    /** Names both ends in the lanes. Call before passing an end to a worker. */
    public Pipe name(String newName) {
        conn1.name(newName);
        conn2.name(newName);
        return this;
    }

    /** The first end (Python's first element of the pair); receive-only when the pipe is one-way. */
    public Connection conn1() {
        return conn1;
    }

    /** The second end; send-only when the pipe is one-way. */
    public Connection conn2() {
        return conn2;
    }
}
