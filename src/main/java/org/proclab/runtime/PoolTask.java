package org.proclab.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One chunk of work in a {@link Pool}: some items, one function, a future for the results. */
final class PoolTask {
    final long id;
    final int fnId;
    final List<Object> items;
    final CompletableFuture<List<Object>> result = new CompletableFuture<>();
    PoolSlot slot;

    PoolTask(long id, int fnId, List<Object> items) {
        this.id = id;
        this.fnId = fnId;
        this.items = items;
    }

    /**
     * Every task's results, in task order. Fails fast: the first task to fail ends the wait, whichever it is,
     * so a map never waits for slow chunks once its answer is already an error.
     */
    static List<Object> awaitAll(List<PoolTask> tasks, String poolName) {
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
        for (PoolTask task : tasks) {
            all.addAll(task.await(null, poolName));
        }
        return all;
    }

    /** A result usually comes back within tens of microseconds: waiting awake that long beats a park and wake-up. */
    private static final long SPIN_NANOS = 20_000;

    List<Object> await(Duration timeout, String poolName) {
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        while (!result.isDone() && System.nanoTime() < spinUntil) {
            Thread.onSpinWait();
        }
        try {
            return timeout == null ? result.get() : result.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException ex) {
            throw new TaskTimeoutException("task " + id + " of " + poolName + " was not ready within " + timeout);
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

    /** The result handle {@code applyAsync} returns: one task, one item. */
    static final class Handle<R> implements AsyncResult<R> {
        private final PoolTask task;
        private final String poolName;

        Handle(PoolTask task, String poolName) {
            this.task = task;
            this.poolName = poolName;
        }

        @Override
        @SuppressWarnings("unchecked")
        public R get() {
            return (R) task.await(null, poolName).get(0);
        }

        @Override
        @SuppressWarnings("unchecked")
        public R get(Duration timeout) {
            return (R) task.await(timeout, poolName).get(0);
        }

        @Override
        public boolean ready() {
            return task.result.isDone();
        }
    }
}
