package org.proclab.runtime.pool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One chunk of work in a pool: some items, one function, a future for the results. */
public final class SubmittedTask {
    /** A result usually comes back within tens of microseconds: waiting awake that long beats a park and wake-up. */
    private static final long SPIN_NANOS = 20_000;

    final long id;
    final int fnId;
    final List<Object> items;
    final CompletableFuture<List<Object>> result = new CompletableFuture<>();

    SubmittedTask(long id, int fnId, List<Object> items) {
        this.id = id;
        this.fnId = fnId;
        this.items = items;
    }

    public long id() {
        return id;
    }

    public boolean isDone() {
        return result.isDone();
    }

    /**
     * Every task's results, in task order. Fails fast: the first task to fail ends the wait, whichever it is,
     * so a map never waits for slow chunks once its answer is already an error.
     */
    public static List<Object> awaitAll(List<SubmittedTask> tasks) {
        CompletableFuture<?>[] futures = tasks.stream().map(t -> t.result).toArray(CompletableFuture[]::new);
        CompletableFuture<Object> anyFailure = new CompletableFuture<>();
        for (CompletableFuture<?> f : futures) {
            f.whenComplete((v, e) -> {
                if (e != null) {
                    anyFailure.completeExceptionally(e);
                }
            });
        }
        CompletableFuture.anyOf(CompletableFuture.allOf(futures), anyFailure).exceptionally(e -> null).join();
        List<Object> all = new ArrayList<>();
        for (SubmittedTask task : tasks) {
            all.addAll(task.await());
        }
        return all;
    }

    /** The results; rethrows the task's failure. */
    public List<Object> await() {
        try {
            return await(null);
        } catch (TimeoutException ex) {
            throw new IllegalStateException("a wait without a timeout timed out", ex);
        }
    }

    /** As {@link #await()}, waiting at most {@code timeout} (null: as long as it takes). */
    public List<Object> await(Duration timeout) throws TimeoutException {
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        while (!result.isDone() && System.nanoTime() < spinUntil) {
            Thread.onSpinWait();
        }
        try {
            return timeout == null ? result.get() : result.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for task " + id, ex);
        }
    }
}
