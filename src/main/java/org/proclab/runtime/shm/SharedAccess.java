package org.proclab.runtime.shm;

import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.step.StepGate;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/**
 * The one doorway of every shared-memory and lock operation: each kind of operation has exactly one method
 * here, which does the memory access and reports it. Step mode ({@link StepGate}) pauses at the top of
 * these five methods and nowhere else; its description text is built only when step mode is on, because
 * building it on every operation tripled the cost of an untraced read.
 *
 * <p>Events are built only while someone listens ({@link ProcessContext#tracing()}), so an untraced
 * operation costs one extra volatile read.
 */
public final class SharedAccess {
    private SharedAccess() {
    }

    /** Reads element {@code index}, or the single element of a Value when {@code index} is -1. */
    public static Number read(SharedCells cells, String subject, int index) {
        if (StepGate.enabled()) {
            StepGate.before("read", subject, "read " + label(subject, index));
        }
        Number value = cells.get(Math.max(index, 0));
        ProcessContext ctx = ProcessContext.current();
        if (ctx.tracing()) {
            emit(ctx, EventType.VALUE_READ, subject, index, null, cells.type().format(value), null);
        }
        return value;
    }

    /** Writes an already coerced value; the event's old value is exactly what this write replaced. */
    public static void write(SharedCells cells, String subject, int index, Number value) {
        if (StepGate.enabled()) {
            StepGate.before("write", subject, "write " + label(subject, index) + " \u2190 " + cells.type().format(value));
        }
        Number old = cells.getAndSet(Math.max(index, 0), value);
        ProcessContext ctx = ProcessContext.current();
        if (ctx.tracing()) {
            TypeCode type = cells.type();
            emit(ctx, EventType.VALUE_WRITE, subject, index, type.format(old), type.format(value), null);
        }
    }

    /** Atomically adds an already coerced delta; returns the old value. */
    public static Number add(SharedCells cells, String subject, int index, Number delta) {
        if (StepGate.enabled()) {
            StepGate.before("add", subject, "atomic add " + cells.type().format(delta) + " to " + label(subject, index));
        }
        Number old = cells.getAndAdd(Math.max(index, 0), delta);
        ProcessContext ctx = ProcessContext.current();
        if (ctx.tracing()) {
            TypeCode type = cells.type();
            emit(ctx, EventType.VALUE_ATOMIC, subject, index, type.format(old),
                    type.format(type.plus(old, delta)), null);
        }
        return old;
    }

    /**
     * Acquires {@code word}; {@code timeoutNanos} &lt; 0 waits forever. Returns false on timeout. The
     * uncontended path is one compare-and-set; events other than LOCK_ACQUIRED appear only when it failed.
     */
    public static boolean acquire(LockWord word, String subject, long timeoutNanos) {
        if (StepGate.enabled()) {
            StepGate.before("acquire", subject, "acquire " + subject);
        }
        long me = LockWord.me();
        if (word.tryAcquire(me)) {
            reportAcquired(subject);
            return true;
        }
        long holder = word.owner();
        if (holder == me && timeoutNanos < 0) {
            throw new IllegalStateException(subject + " is already held by this thread; a Lock is not"
                    + " reentrant, so acquiring it again would wait forever (release it first)");
        }
        ProcessContext ctx = ProcessContext.current();
        if (ctx.tracing()) {
            emit(ctx, EventType.LOCK_WAIT, subject, -1, null, null, "held by " + describeHolder(holder));
        }
        long result = word.waitFor(me, timeoutNanos);
        if (result == LockWord.TIMED_OUT) {
            return false;
        }
        if (result != LockWord.ACQUIRED && ctx.tracing()) {
            emit(ctx, EventType.LOCK_ABANDONED, subject, -1, null, null,
                    "lock abandoned by pid " + LockWord.pidOf(result) + ", recovered");
        }
        reportAcquired(subject);
        return true;
    }

    /** Releases {@code word}, which the calling thread must hold. */
    public static void release(LockWord word, String subject) {
        if (StepGate.enabled()) {
            StepGate.before("release", subject, "release " + subject);
        }
        long me = LockWord.me();
        long holder = word.owner();
        if (holder != me) {
            throw new IllegalStateException(holder == 0
                    ? subject + " is not held: release() was called without a matching acquire()"
                    : subject + " is held by " + describeHolder(holder) + ", not by this thread; only the"
                    + " thread that acquired a lock may release it");
        }
        ProcessContext ctx = ProcessContext.current();
        // Stamp the event before the memory is freed, so the next holder's LOCK_ACQUIRED comes after it.
        Event released = ctx.tracing() ? event(ctx, EventType.LOCK_RELEASED, subject, -1, null, null, null) : null;
        word.clear();
        if (released != null) {
            ctx.emit(released);
        }
    }

    private static String label(String subject, int index) {
        return index < 0 ? subject : subject + "[" + index + "]";
    }

    private static void reportAcquired(String subject) {
        ProcessContext ctx = ProcessContext.current();
        if (ctx.tracing()) {
            emit(ctx, EventType.LOCK_ACQUIRED, subject, -1, null, null, null);
        }
    }

    private static String describeHolder(long word) {
        if (word == 0) {
            return "nobody";
        }
        long pid = LockWord.pidOf(word);
        return pid == Pids.self() ? "thread " + LockWord.threadOf(word) + " of this process (pid " + pid + ")"
                : "pid " + pid;
    }

    private static void emit(ProcessContext ctx, EventType type, String subject, long index, String old,
                             String now, String text) {
        ctx.emit(event(ctx, type, subject, index, old, now, text));
    }

    private static Event event(ProcessContext ctx, EventType type, String subject, long index, String old,
                               String now, String text) {
        return new Event(type, System.nanoTime(), ctx.name(), ctx.pid(), subject, index, old, now, text);
    }
}
