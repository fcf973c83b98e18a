package org.proclab.runtime.pool;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The results of {@code imap} (in input order) or {@code imap_unordered} (as tasks finish), one item at a
 * time. A failed task throws when its turn comes; the stream then goes on with the next task, as in Python.
 */
public final class ResultStream {
    private final List<SubmittedTask> tasks;
    private final boolean ordered;
    private final LinkedBlockingQueue<SubmittedTask> finished = new LinkedBlockingQueue<>();
    private final int total;
    private int taken;
    private int nextTask;
    private Iterator<Object> current;

    public ResultStream(List<SubmittedTask> tasks, boolean ordered) {
        this.tasks = tasks;
        this.ordered = ordered;
        int size = 0;
        for (SubmittedTask task : tasks) {
            size += task.items.size();
            if (!ordered) {
                task.result.whenComplete((v, e) -> finished.add(task));
            }
        }
        this.total = size;
    }

    public synchronized boolean hasNext() {
        return taken < total;
    }

    /** The next result; waits at most {@code timeout} for it (null: as long as it takes). */
    public synchronized Object next(Duration timeout) throws TimeoutException {
        if (!hasNext()) {
            throw new NoSuchElementException("no more results");
        }
        while (current == null || !current.hasNext()) {
            SubmittedTask task = ordered ? tasks.get(nextTask) : takeFinished(timeout);
            List<Object> results;
            try {
                results = TaskGroup.awaitFuture(task.result, timeout);
            } catch (RuntimeException failed) {
                skip(task);
                throw failed;
            }
            skip(task);
            current = results.iterator();
        }
        taken++;
        return current.next();
    }

    /** A task's turn is over, with its results or its failure: the stream moves past it. */
    private void skip(SubmittedTask task) {
        if (ordered) {
            nextTask++;
        }
        if (!task.result.isCompletedExceptionally()) {
            return;
        }
        taken += task.items.size();
        current = null;
    }

    private SubmittedTask takeFinished(Duration timeout) throws TimeoutException {
        try {
            SubmittedTask task = timeout == null ? finished.take()
                    : finished.poll(TaskGroup.nanosOf(timeout), TimeUnit.NANOSECONDS);
            if (task == null) {
                throw new TimeoutException("no result within " + timeout);
            }
            return task;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a pool result", ex);
        }
    }
}
