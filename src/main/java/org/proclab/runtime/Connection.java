package org.proclab.runtime;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Duration;
import org.proclab.runtime.context.HubCalls;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.SyncOp;
import org.proclab.runtime.ipc.SyncReply;

/**
 * One end of a {@link Pipe}, like Python's {@code multiprocessing.connection.Connection}. Every process that
 * is sent an end holds a copy of it, as with an OS pipe's descriptors: recv on the other end raises
 * {@link PipeEofException} once every copy of this end is closed and nothing is left to read. So a parent
 * that hands an end to a worker should close its own copy of it, exactly as in Python. A worker that exits
 * (or dies) without closing its copies has them closed for it, as the OS does with a process's descriptors.
 */
public final class Connection implements Serializable, AutoCloseable {
    private static final long serialVersionUID = 1L;

    private final long pipeId;
    private final int side;
    private final boolean readable;
    private final boolean writable;
    private String name;
    private transient volatile boolean closed;
    /** A copy made in the main process while it travels: its ATTACH was counted when it was made. */
    private transient boolean inTransit;

    Connection(long pipeId, String name, int side, boolean readable, boolean writable) {
        this.pipeId = pipeId;
        this.name = name;
        this.side = side;
        this.readable = readable;
        this.writable = writable;
    }

    void name(String newName) {
        this.name = newName;
    }

    public String name() {
        return name;
    }

    public boolean readable() {
        return readable;
    }

    public boolean writable() {
        return writable;
    }

    public boolean closed() {
        return closed;
    }

    /** Sends an item (a number, string, list, or anything Serializable) to the other end. */
    public void send(Object item) {
        check(writable, "this end is read-only (a one-way pipe's conn1 only receives)");
        ProcessContext ctx = ProcessContext.current();
        ctx.emitIfTracing(EventType.PIPE_SEND, name, side, null, String.valueOf(item));
        HubCalls.value(pipeId, SyncOp.PIPE_SEND, side, travelling(item));
    }

    /** The next item, waiting as long as it takes; {@link PipeEofException} once the other end is closed. */
    public Object recv() {
        check(readable, "this end is write-only (a one-way pipe's conn2 only sends)");
        SyncReply reply = HubCalls.call(pipeId, SyncOp.PIPE_RECV, -1, side);
        if (reply.status() == SyncReply.EOF) {
            throw new PipeEofException("pipe '" + name + "': " + reply.value());
        }
        Object item = arrived(HubCalls.check(reply));
        ProcessContext.current().emitIfTracing(EventType.PIPE_RECV, name, side, null, String.valueOf(item));
        return item;
    }

    /** Python's {@code poll()}: whether recv would return at once (an item, or EOF). */
    public boolean poll() {
        return pollNanos(0);
    }

    /** Waits at most {@code timeout} for recv to have something to return. */
    public boolean poll(Duration timeout) {
        return pollNanos(HubCalls.nanos(timeout));
    }

    private boolean pollNanos(long timeoutNanos) {
        check(readable, "this end is write-only (a one-way pipe's conn2 only sends)");
        SyncReply reply = HubCalls.call(pipeId, SyncOp.PIPE_POLL, timeoutNanos, side);
        return reply.status() != SyncReply.TIMEOUT && (Boolean) HubCalls.check(reply);
    }

    /** Closes this process's copy of the end. Closing twice does nothing, as in Python. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        long asked = System.nanoTime();
        int left = (Integer) HubCalls.value(pipeId, SyncOp.PIPE_CLOSE, side);
        HubCalls.emitAt(asked, EventType.PIPE_CLOSE, name, side, String.valueOf(left));
    }

    private void check(boolean allowed, String otherwise) {
        if (closed) {
            throw new IllegalStateException("pipe '" + name + "': this end is closed (Python's OSError: handle is closed)");
        }
        if (!allowed) {
            throw new IllegalStateException("pipe '" + name + "': " + otherwise);
        }
    }

    /**
     * The main process keeps what it sends by reference; an end it sends must become a copy at once, as a
     * pickled one would, or closing our own end right after sending it would close the one on its way.
     */
    static Object travelling(Object item) {
        return item instanceof Connection && ProcessContext.current().isMain() ? ItemCodec.copy(item) : item;
    }

    /** An end the main process received is its own copy from now on. */
    static Object arrived(Object item) {
        if (item instanceof Connection) {
            ((Connection) item).inTransit = false;
        }
        return item;
    }

    /** The end travels to another process: that process holds one more copy of it until it closes it. */
    private void writeObject(ObjectOutputStream out) throws IOException {
        if (closed) {
            throw new IOException("pipe '" + name + "': a closed end cannot be sent");
        }
        if (inTransit) {
            inTransit = false;
        } else {
            HubCalls.value(pipeId, SyncOp.PIPE_ATTACH, side);
        }
        out.defaultWriteObject();
    }

    /** A worker now holds a copy: the hub closes it for it if it dies without closing it. */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (ProcessContext.current().isMain()) {
            inTransit = true;
        } else {
            HubCalls.tell(pipeId, SyncOp.PIPE_CLAIM, side);
        }
    }

    @Override
    public String toString() {
        return "Connection(" + name + ", end " + (side + 1) + (closed ? ", closed" : "") + ")";
    }
}
