package org.proclab.runtime;

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
 * A queue that counts its unfinished items, like Python's {@code multiprocessing.JoinableQueue}: every put
 * adds one, every {@link #taskDone} takes one away, and {@link #join} waits until none is left.
 */
public class JoinableQueue<T> extends Queue<T> {
    private static final long serialVersionUID = 1L;

    public JoinableQueue() {
        this(0);
    }

    public JoinableQueue(int maxsize) {
        super(maxsize);
        name("joinable-" + name());
    }

    private JoinableQueue(long id, int maxsize, String name) {
        super(id, maxsize, name);
    }

    static JoinableQueue<Object> readRef(PayloadReader in) throws MalformedFrameException {
        long id = in.readLong();
        int maxsize = in.readInt();
        return new JoinableQueue<>(id, maxsize, in.readString());
    }

    /** A consumer is done with one item it got. Throws IllegalStateException (Python's ValueError) if called
     * more often than items were put. */
    public void taskDone() {
        long asked = System.nanoTime();
        long left = ((Number) HubCalls.value(id(), SyncOp.QUEUE_TASK_DONE)).longValue();
        HubCalls.emitAt(asked, EventType.QUEUE_TASK_DONE, name(), left, String.valueOf(left));
    }

    /** Waits until every item put has been marked done. */
    public void join() {
        joinNanos(-1);
    }

    /** A ProcLab extra: waits at most {@code timeout}; true if every item was marked done in time. */
    public boolean join(Duration timeout) {
        return joinNanos(HubCalls.nanos(timeout));
    }

    private boolean joinNanos(long timeoutNanos) {
        SyncReply reply = HubCalls.call(id(), SyncOp.QUEUE_JOIN, timeoutNanos);
        if (reply.status() == SyncReply.TIMEOUT) {
            return false;
        }
        HubCalls.check(reply);
        ProcessContext.current().emitIfTracing(EventType.QUEUE_JOINED, name(), -1, null, null);
        return true;
    }
}
