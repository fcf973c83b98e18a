package org.proclab.runtime.context;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.ProcessId;
import org.proclab.runtime.ipc.SyncOp;
import org.proclab.runtime.ipc.SyncReply;

/** How the learner's shared objects reach the hub that owns them, from whichever process they are used in. */
public final class HubCalls {
    private static final AtomicLong COUNTER = new AtomicLong();

    private HubCalls() {
    }

    /** An id no other object of any process has: the creator's pid and a count. */
    public static long newId() {
        return (ProcessId.self() << 24) ^ COUNTER.incrementAndGet();
    }

    /** Makes a new object of {@code kind} ({@link SyncOp}) in the main process's hub and answers its id. */
    public static long create(int kind, Object... params) {
        long id = newId();
        Object[] args = new Object[params.length + 1];
        args[0] = kind;
        System.arraycopy(params, 0, args, 1, params.length);
        value(id, SyncOp.CREATE, args);
        return id;
    }

    /**
     * A timeout in nanoseconds as CPython reads one: a negative timeout means "do not wait" (zero), and one
     * too long for a long simply means "very long".
     */
    public static long nanos(Duration timeout) {
        if (timeout.isNegative()) {
            return 0;
        }
        try {
            return timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    /** The raw answer: the caller decides what TIMEOUT and EOF mean. */
    public static SyncReply call(long id, int op, long timeoutNanos, Object... args) {
        return ProcessContext.current().queues().call(id, op, timeoutNanos, Arrays.asList(args));
    }

    /**
     * An operation whose answer nobody waits for. It may be sent from a worker's reader thread (while an
     * item is being decoded there), where waiting for an answer would wait for that very thread.
     */
    public static void tell(long id, int op, Object... args) {
        ProcessContext ctx = ProcessContext.current();
        if (!ctx.isMain()) {
            ctx.queues().callAsync(id, op, -1, Arrays.asList(args), null, reply -> { });
        }
    }

    /** An operation that does not wait; a misuse becomes an {@link IllegalStateException}. */
    public static Object value(long id, int op, Object... args) {
        return check(call(id, op, -1, args));
    }

    /** The answer's value when OK; IllegalStateException for a misuse or a vanished object. */
    public static Object check(SyncReply reply) {
        if (reply.status() == SyncReply.OK) {
            return reply.value();
        }
        if (reply.status() == SyncReply.TIMEOUT) {
            throw new IllegalStateException("timed out");
        }
        throw new IllegalStateException(String.valueOf(reply.value()));
    }

    /**
     * Reports an operation that lets others go (a set, a release, a notify) with the time it was asked for,
     * taken before the call: the waiter it wakes reports after its answer, so the two sort in cause order.
     */
    public static void emitAt(long askedNanos, EventType type, String subject, long index, String newValue) {
        ProcessContext ctx = ProcessContext.current();
        if (ctx.tracing()) {
            ctx.emit(new Event(type, askedNanos, ctx.name(), ctx.pid(), subject, index, null, newValue, null));
        }
    }

    /** The caller's identity for owned objects (RLock): this process and this thread. */
    public static Object[] me(Object... more) {
        Object[] args = new Object[more.length + 2];
        args[0] = ProcessId.self();
        args[1] = Thread.currentThread().getId();
        System.arraycopy(more, 0, args, 2, more.length);
        return args;
    }
}
