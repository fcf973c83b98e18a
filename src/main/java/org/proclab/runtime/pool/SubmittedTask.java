package org.proclab.runtime.pool;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One chunk of work in a pool: some items, one function, a future for the results. */
public final class SubmittedTask {
    final long id;
    final int fnId;
    final boolean star;
    final List<Object> items;
    final CompletableFuture<List<Object>> result = new CompletableFuture<>();

    SubmittedTask(long id, int fnId, boolean star, List<Object> items) {
        this.id = id;
        this.fnId = fnId;
        this.star = star;
        this.items = items;
    }

    public long id() {
        return id;
    }

    public int size() {
        return items.size();
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** The results, or the task's failure; completes on the thread that hears from the worker. */
    public CompletableFuture<List<Object>> result() {
        return result;
    }
}
