package org.proclab.runtime;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.proclab.runtime.event.EventType;

/**
 * Step mode: a worker started in step mode stops before every shared-memory and lock operation, reports
 * what it is about to do (a STEP_PAUSED event with the example's source line), and goes on only when its
 * parent sends a step. This is how a learner plays the scheduler with real worker JVMs.
 */
public final class StepGate {
    private static final String LESSON_PACKAGE = "org.proclab.lessons.";
    private static final Semaphore PERMITS = new Semaphore(0);
    private static volatile boolean enabled;

    private StepGate() {
    }

    /** Called once in a worker whose parent asked for step mode. Not for learner code. */
    public static void enable() {
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
        ctx.emit(ctx.event(EventType.STEP_PAUSED, subject).withIndex(sourceLine()).withValues(null, op)
                .withText(description));
        PERMITS.acquireUninterruptibly();
    }

    private static boolean isRuntimeInternal(String className) {
        String pkg = className.substring(0, Math.max(0, className.lastIndexOf('.')));
        if (pkg.startsWith("org.proclab.runtime.") || pkg.startsWith("java.")) {
            return true;
        }
        return pkg.equals("org.proclab.runtime") && RUNTIME_API.contains(className.substring(pkg.length() + 1));
    }

    private static final java.util.Set<String> RUNTIME_API =
            java.util.Set.of("StepGate", "Value", "Array", "Lock", "Lock$1", "Barrier", "Queue");

    /** The line of the lesson example (or, failing that, of the first caller outside the runtime) that runs now. */
    static long sourceLine() {
        Optional<StackWalker.StackFrame> frame = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith(LESSON_PACKAGE)).findFirst());
        if (frame.isEmpty()) {
            frame = StackWalker.getInstance().walk(frames -> frames
                    .filter(f -> !isRuntimeInternal(f.getClassName())).findFirst());
        }
        return frame.map(f -> (long) f.getLineNumber()).orElse(-1L);
    }
}
