package org.proclab.runtime.pool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.proclab.runtime.ipc.NumberList;

/**
 * The tasks behind one result (an {@code applyAsync}, a {@code map}): their results joined in task order.
 * Fails fast: the first task to fail ends it, whichever task that is, so a map never waits for slow chunks
 * once its answer is already an error.
 */
public final class TaskGroup {
    /** A result usually comes back within tens of microseconds: waiting awake that long beats a park and wake-up. */
    private static final long SPIN_NANOS = 20_000;

    private final CompletableFuture<List<Object>> done;

    public TaskGroup(List<SubmittedTask> tasks) {
        this.done = tasks.size() == 1 ? tasks.get(0).result : joined(tasks);
    }

    private static CompletableFuture<List<Object>> joined(List<SubmittedTask> tasks) {
        CompletableFuture<List<Object>> all = new CompletableFuture<>();
        if (tasks.isEmpty()) {
            all.complete(new ArrayList<>(0));
            return all;
        }
        AtomicInteger left = new AtomicInteger(tasks.size());
        for (SubmittedTask task : tasks) {
            task.result.whenComplete((v, e) -> {
                if (e != null) {
                    all.completeExceptionally(e);
                } else if (left.decrementAndGet() == 0) {
                    List<List<Object>> parts = new ArrayList<>(tasks.size());
                    for (SubmittedTask t : tasks) {
                        parts.add(t.result.join());
                    }
                    // Chunks of numbers stay one block of them (see NumberList): no object per result.
                    List<Object> numbers = NumberList.join(parts);
                    if (numbers != null) {
                        all.complete(numbers);
                        return;
                    }
                    int size = 0;
                    for (SubmittedTask t : tasks) {
                        size += t.items.size();
                    }
                    List<Object> joined = new ArrayList<>(size);
                    for (List<Object> part : parts) {
                        joined.addAll(part);
                    }
                    all.complete(joined);
                }
            });
        }
        return all;
    }

    /** Done: every task finished, or one failed. */
    public boolean isDone() {
        return done.isDone();
    }

    /** Done and no task failed; only meaningful once {@link #isDone()}. */
    public boolean succeeded() {
        return done.isDone() && !done.isCompletedExceptionally();
    }

    public CompletableFuture<List<Object>> future() {
        return done;
    }

    /** All results in task order; rethrows the first failure. */
    public List<Object> await() {
        try {
            return await(null);
        } catch (TimeoutException ex) {
            throw new IllegalStateException("a wait without a timeout timed out", ex);
        }
    }

    /** As {@link #await()}, waiting at most {@code timeout} (null: as long as it takes; negative: not at all). */
    public List<Object> await(Duration timeout) throws TimeoutException {
        return awaitFuture(done, timeout);
    }

    /** Waits for {@code future} as a task's result is waited for: spin briefly, then park; unwraps its failure. */
    public static <V> V awaitFuture(CompletableFuture<V> future, Duration timeout) throws TimeoutException {
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        while (!future.isDone() && System.nanoTime() < spinUntil) {
            Thread.onSpinWait();
        }
        try {
            if (timeout == null) {
                return future.get();
            }
            long nanos = nanosOf(timeout);
            return nanos == 0 && future.isDone() ? future.get() : future.get(nanos, TimeUnit.NANOSECONDS);
        } catch (ExecutionException ex) {
            throw unwrap(ex.getCause());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a pool result", ex);
        }
    }

    /** Python treats a negative timeout as zero; a timeout too long for nanoseconds is as good as none. */
    static long nanosOf(Duration timeout) {
        if (timeout.isNegative()) {
            return 0;
        }
        try {
            return timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    /** The exception a task failed with, out of the future's wrappers. */
    public static RuntimeException unwrap(Throwable cause) {
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        return new IllegalStateException(cause);
    }
}
