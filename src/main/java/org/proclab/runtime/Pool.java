package org.proclab.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.proclab.runtime.pool.SubmittedTask;
import org.proclab.runtime.pool.TaskDispatcher;

/**
 * A fixed set of worker JVMs that run functions for you, like Python's {@code multiprocessing.Pool}.
 * Workers start once and are reused. {@code close()} (and so try-with-resources) lets queued tasks finish,
 * then stops the workers; {@link #terminate()} stops them at once.
 *
 * <p>Unlike CPython's pool, a worker that dies does not hang the pool: the tasks it held fail with a
 * {@link WorkerException} saying so, a replacement JVM takes its place and the other tasks go on.
 */
public final class Pool implements AutoCloseable {
    private static final int MAX_PROCESSES = 256;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final String name;
    private final TaskDispatcher dispatcher;

    /** One worker per core. */
    public Pool() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public Pool(int processes) {
        if (processes < 1 || processes > MAX_PROCESSES) {
            throw new IllegalArgumentException("a Pool needs between 1 and " + MAX_PROCESSES
                    + " processes, not " + processes);
        }
        this.name = "pool-" + POOLS.incrementAndGet();
        this.dispatcher = new TaskDispatcher(name, processes, WorkerException::new);
    }

    public String name() {
        return name;
    }

    public int processes() {
        return dispatcher.processes();
    }

    /** Pids of the pool's worker JVMs now. */
    public List<Long> pids() {
        return dispatcher.pids();
    }

    /** Applies fn to every item in worker JVMs; results come back in input order. Python's default chunking. */
    public <T, R> List<R> map(Fn<T, R> fn, Iterable<T> items) {
        List<Object> all = toList(items);
        int workers = dispatcher.processes();
        int chunk = all.size() / (workers * 4);
        if (all.size() % (workers * 4) != 0) {
            chunk++;
        }
        return mapChunks(fn, all, Math.max(1, chunk));
    }

    /** As {@link #map(Fn, Iterable)}, sending {@code chunksize} items to a worker at a time. */
    public <T, R> List<R> map(Fn<T, R> fn, Iterable<T> items, int chunksize) {
        if (chunksize < 1) {
            throw new IllegalArgumentException("chunksize must be at least 1, not " + chunksize);
        }
        return mapChunks(fn, toList(items), chunksize);
    }

    @SuppressWarnings("unchecked")
    private <R> List<R> mapChunks(Fn<?, R> fn, List<Object> all, int chunksize) {
        List<List<Object>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += chunksize) {
            chunks.add(new ArrayList<>(all.subList(from, Math.min(all.size(), from + chunksize))));
        }
        List<R> results = new ArrayList<>(all.size());
        for (Object r : SubmittedTask.awaitAll(dispatcher.submit(fn, chunks))) {
            results.add((R) r);
        }
        return results;
    }

    /** Runs fn(arg) in a worker; the handle's get() gives the value or rethrows the worker's exception. */
    public <T, R> AsyncResult<R> applyAsync(Fn<T, R> fn, T arg) {
        List<Object> one = new ArrayList<>(1);
        one.add(arg);
        return new Handle<>(dispatcher.submit(fn, List.of(one)).get(0), name);
    }

    /** Waits for the workers to exit; only after {@link #close()} or {@link #terminate()}, as in Python. */
    public void join() {
        dispatcher.join();
    }

    /** Stops every worker now; tasks not finished fail with a WorkerException. */
    public void terminate() {
        dispatcher.terminate();
    }

    /** No more tasks: waits for those already given, then stops the workers (Python's close() then join()). */
    @Override
    public void close() {
        dispatcher.close();
    }

    private static List<Object> toList(Iterable<?> items) {
        List<Object> list = new ArrayList<>();
        for (Object item : items) {
            list.add(item);
        }
        return list;
    }

    /** The result handle {@code applyAsync} returns: one task, one item. */
    private static final class Handle<R> implements AsyncResult<R> {
        private final SubmittedTask task;
        private final String poolName;

        Handle(SubmittedTask task, String poolName) {
            this.task = task;
            this.poolName = poolName;
        }

        @Override
        @SuppressWarnings("unchecked")
        public R get() {
            return (R) task.await().get(0);
        }

        @Override
        @SuppressWarnings("unchecked")
        public R get(Duration timeout) {
            try {
                return (R) task.await(timeout).get(0);
            } catch (TimeoutException ex) {
                throw new TaskTimeoutException("task " + task.id() + " of " + poolName + " was not ready within "
                        + timeout);
            }
        }

        @Override
        public boolean ready() {
            return task.isDone();
        }
    }
}
