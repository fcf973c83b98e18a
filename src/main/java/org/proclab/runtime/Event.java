package org.proclab.runtime;

import java.io.Serializable;
import java.time.Duration;
import org.proclab.runtime.context.HubCalls;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.MalformedFrameException;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.ipc.SyncOp;
import org.proclab.runtime.ipc.SyncReply;

/**
 * A flag that processes can wait for, like Python's {@code multiprocessing.Event}. It lives in the main
 * process; pass it to workers as a target argument. {@code wait} is {@code await} here, because every Java
 * object already has a final {@code wait()}.
 */
public final class Event implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private String name;

    public Event() {
        this.id = HubCalls.create(SyncOp.KIND_EVENT);
        this.name = "event-" + (id & 0xffffff);
    }

    private Event(long id, String name) {
        this.id = id;
        this.name = name;
    }

    /** The fields another process needs, for {@link JobCodec}: the same ones serialization sends. */
    void writeRef(PayloadWriter out) {
        out.writeLong(id).writeString(name);
    }

    static Event readRef(PayloadReader in) throws MalformedFrameException {
        long id = in.readLong();
        return new Event(id, in.readString());
    }

    /** Names the event in the lanes. Call before passing it to a worker. */
    public Event name(String newName) {
        this.name = newName;
        return this;
    }

    public String name() {
        return name;
    }

    /** Sets the flag and wakes every process waiting for it. */
    public void set() {
        long asked = System.nanoTime();
        HubCalls.value(id, SyncOp.EVENT_SET);
        HubCalls.emitAt(asked, EventType.EVENT_SET, name, -1, "true");
    }

    public void clear() {
        long asked = System.nanoTime();
        HubCalls.value(id, SyncOp.EVENT_CLEAR);
        HubCalls.emitAt(asked, EventType.EVENT_CLEAR, name, -1, "false");
    }

    /** Python's {@code is_set()}. */
    public boolean isSet() {
        return (Boolean) HubCalls.value(id, SyncOp.EVENT_IS_SET);
    }

    /** Waits until the flag is set. Always true, as in Python. */
    public boolean await() {
        return waitNanos(-1);
    }

    /** Waits at most {@code timeout}; true if the flag is set, false if the time ran out first. */
    public boolean await(Duration timeout) {
        return waitNanos(HubCalls.nanos(timeout));
    }

    private boolean waitNanos(long timeoutNanos) {
        ProcessContext ctx = ProcessContext.current();
        ctx.emitIfTracing(EventType.EVENT_WAIT, name, -1, null, null);
        SyncReply reply = HubCalls.call(id, SyncOp.EVENT_WAIT, timeoutNanos);
        boolean set = reply.status() == SyncReply.OK;
        if (!set && reply.status() != SyncReply.TIMEOUT) {
            HubCalls.check(reply);
        }
        ctx.emitIfTracing(EventType.EVENT_WOKEN, name, -1, null, String.valueOf(set));
        return set;
    }

    @Override
    public String toString() {
        return "Event(" + name + ")";
    }
}
