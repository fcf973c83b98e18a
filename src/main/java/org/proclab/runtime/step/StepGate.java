package org.proclab.runtime.step;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.EventType;

/**
 * Step mode: a worker started in step mode stops before every shared-memory and lock operation, reports
 * what it is about to do (a STEP_PAUSED event with the example's source line), and goes on only when its
 * parent sends a step. This is how a learner plays the scheduler with real worker JVMs.
 */
public final class StepGate {
    /** The learner's API classes that reach the gate from the root package; their lines are never the example's. */
    private static final Set<String> API_CLASSES = Set.of("Value", "Array", "Lock", "Barrier", "Queue");
    private static final Semaphore PERMITS = new Semaphore(0);
    private static volatile boolean enabled;
    private static volatile String sourceClass;

    private StepGate() {
    }

    /**
     * Called once in a worker whose parent asked for step mode. {@code source} is the class whose lines the
     * learner reads (the run's example), or null to report the first caller outside the runtime.
     */
    public static void enable(String source) {
        sourceClass = source;
        enabled = true;
    }

    /** The parent allowed {@code steps} more operations. Called by the worker's reader thread. */
    public static void allow(int steps) {
        PERMITS.release(steps);
    }

    public static boolean enabled() {
        return enabled;
    }

    /**
     * Waits, in step mode, until the next operation is allowed.
     *
     * @param op          "read", "write", "add", "acquire" or "release"
     * @param subject     the Value, Array or Lock
     * @param description what a learner reads, e.g. "write counter ← 6"
     */
    public static void before(String op, String subject, String description) {
        if (!enabled) {
            return;
        }
        ProcessContext ctx = ProcessContext.current();
        ctx.emit(ctx.event(EventType.STEP_PAUSED, subject).withIndex(sourceLine(sourceClass)).withValues(null, op)
                .withText(description));
        PERMITS.acquireUninterruptibly();
    }

    /** The line of {@code source} (or, failing that, of the first caller outside the runtime) that runs now. */
    static long sourceLine(String source) {
        Optional<StackWalker.StackFrame> frame = Optional.empty();
        if (source != null) {
            frame = StackWalker.getInstance().walk(frames -> frames
                    .filter(f -> isOf(f.getClassName(), source)).findFirst());
        }
        if (frame.isEmpty()) {
            frame = StackWalker.getInstance().walk(frames -> frames
                    .filter(f -> !isRuntimeInternal(f.getClassName())).findFirst());
        }
        return frame.map(f -> (long) f.getLineNumber()).orElse(-1L);
    }

    /** The class itself or one nested in it (an anonymous target is {@code Example$1}). */
    private static boolean isOf(String className, String source) {
        return className.equals(source) || className.startsWith(source + "$");
    }

    private static boolean isRuntimeInternal(String className) {
        String pkg = className.substring(0, Math.max(0, className.lastIndexOf('.')));
        if (pkg.startsWith("org.proclab.runtime.") || pkg.startsWith("java.")) {
            return true;
        }
        String simple = className.substring(pkg.length() + 1);
        int nested = simple.indexOf('$');
        String outer = nested < 0 ? simple : simple.substring(0, nested);
        return pkg.equals("org.proclab.runtime") && API_CLASSES.contains(outer);
    }
}
