package org.proclab.runtime;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.proclab.runtime.pool.CallbackRunner;
import org.proclab.runtime.pool.TaskGroup;

/** An {@link AsyncResult} over a pool's tasks: one value for applyAsync, the list for mapAsync. */
final class PoolResult<R> implements AsyncResult<R> {
    private final TaskGroup group;
    private final Function<List<Object>, R> shape;
    private final CompletableFuture<List<Object>> delivered;
    private final String what;

    PoolResult(TaskGroup group, Function<List<Object>, R> shape, String what) {
        this.group = group;
        this.shape = shape;
        this.delivered = group.future();
        this.what = what;
    }

    PoolResult(TaskGroup group, Function<List<Object>, R> shape, String what, Consumer<? super R> callback,
            Consumer<? super RuntimeException> errorCallback, CallbackRunner runner) {
        this.group = group;
        this.shape = shape;
        this.what = what;
        this.delivered = group.future().whenCompleteAsync((results, failure) -> {
            try {
                if (failure == null && callback != null) {
                    callback.accept(shape.apply(results));
                } else if (failure != null && errorCallback != null) {
                    errorCallback.accept(TaskGroup.unwrap(failure));
                }
            } catch (RuntimeException raised) {
                runner.report(raised);
            }
        }, runner);
    }

    @Override
    public R get() {
        try {
            return shape.apply(TaskGroup.awaitFuture(delivered, null));
        } catch (TimeoutException ex) {
            throw new IllegalStateException("a wait without a timeout timed out", ex);
        }
    }

    @Override
    public R get(Duration timeout) {
        try {
            return shape.apply(TaskGroup.awaitFuture(delivered, timeout));
        } catch (TimeoutException ex) {
            throw new TaskTimeoutException(what + " was not ready within " + timeout, ex);
        }
    }

    @Override
    public boolean ready() {
        return delivered.isDone();
    }

    @Override
    public boolean successful() {
        if (!ready()) {
            throw new IllegalStateException(what + " is not ready");
        }
        return group.succeeded();
    }

    @Override
    public void waitFor() {
        delivered.handle((v, e) -> null).join();
    }

    @Override
    public boolean waitFor(Duration timeout) {
        try {
            TaskGroup.awaitFuture(delivered.handle((v, e) -> v), timeout);
        } catch (TimeoutException notYet) {
            return false;
        }
        return true;
    }
}
