package org.proclab.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.proclab.runtime.pool.CallbackRunner;
import org.proclab.runtime.pool.Chunks;
import org.proclab.runtime.pool.ResultStream;
import org.proclab.runtime.pool.SubmittedTask;
import org.proclab.runtime.pool.TaskDispatcher;
import org.proclab.runtime.pool.TaskGroup;

/**
 * A fixed set of worker JVMs that run functions for you, like Python's {@code multiprocessing.Pool}.
 * Workers start once and are reused. {@code close()} (and so try-with-resources) lets queued tasks finish,
 * then stops the workers; {@link #terminate()} stops them at once.
 *
 * <p>Unlike CPython's pool, a worker that dies does not hang the pool: the tasks it held fail with a
 * {@link WorkerException} saying so, a replacement JVM takes its place and the other tasks go on.
 * See docs/runtime-pool.md for the Python ↔ Java table.
 */
public final class Pool implements AutoCloseable {
    private static final int MAX_PROCESSES = 256;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final String name;
    private final TaskDispatcher dispatcher;
    private final CallbackRunner callbacks;

    /** One worker per core. */
    public Pool() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public Pool(int processes) {
        this(processes, 0, true);
    }

    /** Python's {@code Pool(processes, maxtasksperchild=n)}: a worker is replaced after it has done n tasks. */
    public Pool(int processes, int maxTasksPerChild) {
        this(processes, maxTasksPerChild, false);
    }

    private Pool(int processes, int maxTasksPerChild, boolean unlimited) {
        if (processes < 1 || processes > MAX_PROCESSES) {
            throw new IllegalArgumentException("a Pool needs between 1 and " + MAX_PROCESSES
                    + " processes, not " + processes);
        }
        if (!unlimited && maxTasksPerChild < 1) {
            throw new IllegalArgumentException("maxTasksPerChild must be a positive number, not "
                    + maxTasksPerChild);
        }
        this.name = "pool-" + POOLS.incrementAndGet();
        this.callbacks = new CallbackRunner(name);
        this.dispatcher = new TaskDispatcher(name, processes, maxTasksPerChild, WorkerException::new,
                JobCodec::encodeFunction);
    }

    public String name() {
        return name;
    }

    public int processes() {
        return dispatcher.processes();
    }

    /** Pids of the pool's live worker JVMs now; a dead worker's pid is gone once its death is known. */
    public List<Long> pids() {
        return dispatcher.pids();
    }

    /** Applies fn to every item in worker JVMs; results come back in input order. Python's default chunking. */
    public <T, R> List<R> map(Fn<T, R> fn, Iterable<T> items) {
        return this.<R>waitedList(fn, items, 0, false, "map").get();
    }

    /** As {@link #map(Fn, Iterable)}, sending {@code chunksize} items to a worker at a time. */
    public <T, R> List<R> map(Fn<T, R> fn, Iterable<T> items, int chunksize) {
        return this.<R>waitedList(fn, items, Chunks.checked(chunksize), false, "map").get();
    }

    /** Python's {@code map_async}: as map, without waiting. */
    public <T, R> AsyncResult<List<R>> mapAsync(Fn<T, R> fn, Iterable<T> items) {
        return listResult(fn, Chunks.toList(items), 0, false, "map", null, null);
    }

    public <T, R> AsyncResult<List<R>> mapAsync(Fn<T, R> fn, Iterable<T> items, int chunksize) {
        return listResult(fn, Chunks.toList(items), Chunks.checked(chunksize), false, "map", null, null);
    }

    /** With Python's {@code callback} (the whole list) and {@code error_callback}, run in the parent. */
    public <T, R> AsyncResult<List<R>> mapAsync(Fn<T, R> fn, Iterable<T> items, Consumer<? super List<R>> callback,
            Consumer<? super RuntimeException> errorCallback) {
        return listResult(fn, Chunks.toList(items), 0, false, "map", callback, errorCallback);
    }

    /** Python's {@code starmap}: each item is a list of arguments, {@code f(*item)}. */
    public <A, R> List<R> starmap(Fn<A, R> fn, Iterable<? extends List<?>> argLists) {
        return this.<R>waitedList(fn, argLists, 0, true, "starmap").get();
    }

    public <A, B, R> List<R> starmap(Fn2<A, B, R> fn, Iterable<? extends List<?>> argLists) {
        return this.<R>waitedList(fn, argLists, 0, true, "starmap").get();
    }

    public <A, B, C, R> List<R> starmap(Fn3<A, B, C, R> fn, Iterable<? extends List<?>> argLists) {
        return this.<R>waitedList(fn, argLists, 0, true, "starmap").get();
    }

    public <A, B, R> List<R> starmap(Fn2<A, B, R> fn, Iterable<? extends List<?>> argLists, int chunksize) {
        return this.<R>waitedList(fn, argLists, Chunks.checked(chunksize), true, "starmap").get();
    }

    /** Python's {@code starmap_async}. */
    public <A, B, R> AsyncResult<List<R>> starmapAsync(Fn2<A, B, R> fn, Iterable<? extends List<?>> argLists) {
        return starResult(fn, argLists, 0);
    }

    public <A, B, C, R> AsyncResult<List<R>> starmapAsync(Fn3<A, B, C, R> fn, Iterable<? extends List<?>> argLists) {
        return starResult(fn, argLists, 0);
    }

    /** Python's {@code imap}: results one at a time, in input order; chunksize 1. */
    public <T, R> ResultIterator<R> imap(Fn<T, R> fn, Iterable<T> items) {
        return stream(fn, items, 1, true);
    }

    public <T, R> ResultIterator<R> imap(Fn<T, R> fn, Iterable<T> items, int chunksize) {
        return stream(fn, items, Chunks.checked(chunksize), true);
    }

    /** Python's {@code imap_unordered}: results in the order they are ready. */
    public <T, R> ResultIterator<R> imapUnordered(Fn<T, R> fn, Iterable<T> items) {
        return stream(fn, items, 1, false);
    }

    public <T, R> ResultIterator<R> imapUnordered(Fn<T, R> fn, Iterable<T> items, int chunksize) {
        return stream(fn, items, Chunks.checked(chunksize), false);
    }

    /** Python's {@code apply}: runs fn(arg) in a worker and waits for the value. */
    public <T, R> R apply(Fn<T, R> fn, T arg) {
        return applyAsync(fn, arg).get();
    }

    /** Runs fn(arg) in a worker; the handle's get() gives the value or rethrows the worker's exception. */
    public <T, R> AsyncResult<R> applyAsync(Fn<T, R> fn, T arg) {
        return applyAsync(fn, arg, null, null);
    }

    /** With Python's {@code callback} and {@code error_callback}, run in the parent on the pool's callback thread. */
    public <T, R> AsyncResult<R> applyAsync(Fn<T, R> fn, T arg, Consumer<? super R> callback,
            Consumer<? super RuntimeException> errorCallback) {
        List<Object> one = new ArrayList<>(1);
        one.add(arg);
        SubmittedTask task = dispatcher.submit(fn, List.of(one), false, "apply").get(0);
        String what = "task " + task.id() + " of " + name;
        TaskGroup group = new TaskGroup(List.of(task));
        if (callback == null && errorCallback == null) {
            return new PoolResult<>(group, Pool::first, what);
        }
        return new PoolResult<>(group, Pool::first, what, callback, errorCallback, callbacks);
    }

    /** Waits for the workers to exit; only after {@link #close()} or {@link #terminate()}, as in Python. */
    public void join() {
        dispatcher.join();
        callbacks.drain();
    }

    /** Stops every worker now; tasks not finished fail with a WorkerException. */
    public void terminate() {
        dispatcher.terminate();
        callbacks.drain();
    }

    /** No more tasks: waits for those already given, then stops the workers (Python's close() then join()). */
    @Override
    public void close() {
        dispatcher.close();
        callbacks.drain();
    }

    /** For the calls that wait: the tasks read the caller's list in place (see {@link Chunks#borrow}). */
    private <R> AsyncResult<List<R>> waitedList(Object fn, Iterable<?> items, int chunksize, boolean star,
            String call) {
        List<Object> all = Chunks.borrow(items);
        int size = chunksize > 0 ? chunksize : Chunks.defaultSize(all.size(), dispatcher.processes());
        return submitList(fn, Chunks.views(all, size), star, call, null, null);
    }

    private <R> AsyncResult<List<R>> listResult(Object fn, List<Object> all, int chunksize, boolean star,
            String call, Consumer<? super List<R>> callback, Consumer<? super RuntimeException> errorCallback) {
        int size = chunksize > 0 ? chunksize : Chunks.defaultSize(all.size(), dispatcher.processes());
        return submitList(fn, Chunks.split(all, size), star, call, callback, errorCallback);
    }

    private <R> AsyncResult<List<R>> submitList(Object fn, List<List<Object>> chunks, boolean star, String call,
            Consumer<? super List<R>> callback, Consumer<? super RuntimeException> errorCallback) {
        List<SubmittedTask> tasks = dispatcher.submit(fn, chunks, star, call);
        String what = call + " of " + name;
        TaskGroup group = new TaskGroup(tasks);
        if (callback == null && errorCallback == null) {
            return new PoolResult<>(group, Pool::cast, what);
        }
        return new PoolResult<>(group, Pool::cast, what, callback, errorCallback, callbacks);
    }

    private <R> AsyncResult<List<R>> starResult(Object fn, Iterable<? extends List<?>> argLists, int chunksize) {
        return listResult(fn, Chunks.toList(argLists), chunksize, true, "starmap", null, null);
    }

    private <R> ResultIterator<R> stream(Fn<?, R> fn, Iterable<?> items, int chunksize, boolean ordered) {
        String call = ordered ? "imap" : "imap_unordered";
        List<SubmittedTask> tasks = dispatcher.submit(fn, Chunks.split(Chunks.toList(items), chunksize), false, call);
        return new PoolResultIterator<>(new ResultStream(tasks, ordered), call + " of " + name);
    }

    @SuppressWarnings("unchecked")
    private static <R> R first(List<Object> results) {
        return (R) results.get(0);
    }

    @SuppressWarnings("unchecked")
    private static <R> List<R> cast(List<Object> results) {
        return (List<R>) (List<?>) results;
    }
}
