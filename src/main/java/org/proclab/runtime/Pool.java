package org.proclab.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.spawn.WorkerConnection;
import org.proclab.runtime.spawn.WorkerLauncher;
import org.proclab.runtime.spawn.WorkerListener;

/**
 * A fixed set of worker JVMs that run functions for you, like Python's {@code multiprocessing.Pool}.
 * Workers start once and are reused. {@code close()} (and so try-with-resources) lets queued tasks finish,
 * then stops the workers; {@link #terminate()} stops them at once.
 *
 * <p>Unlike CPython's pool, a worker that dies does not hang the pool: the tasks it held fail with a
 * {@link WorkerException} saying so, a replacement JVM takes its place and the other tasks go on.
 */
public final class Pool implements AutoCloseable {
    /** Tasks sent ahead to one worker, so its pipe never runs dry between tasks. */
    private static final int MAX_INFLIGHT = 64;
    private static final int MAX_PROCESSES = 256;
    private static final long HELLO_WAIT_MS = 60_000;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final String name;
    private final boolean trace;
    private final List<PoolSlot> slots = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<PoolTask> pending = new ArrayDeque<>();
    private final PoolFunctions functions = new PoolFunctions();
    private final AtomicInteger workerNames = new AtomicInteger();
    private final List<Thread> replacers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private long nextTaskId;
    private boolean pumping;
    private boolean pumpAgain;
    private boolean closed;
    private boolean terminated;

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
        this.trace = ProcessContext.current().tracing();
        for (WorkerConnection w : WorkerLauncher.acquire(processes)) {
            slots.add(new PoolSlot(w));
            startWorker(slots.get(slots.size() - 1), w);
        }
    }

    public String name() {
        return name;
    }

    public int processes() {
        return slots.size();
    }

    /** Pids of the pool's worker JVMs now. */
    public List<Long> pids() {
        lock.lock();
        try {
            List<Long> pids = new ArrayList<>();
            for (PoolSlot slot : slots) {
                pids.add(slot.worker.pid());
            }
            return pids;
        } finally {
            lock.unlock();
        }
    }

    /** Applies fn to every item in worker JVMs; results come back in input order. Python's default chunking. */
    public <T, R> List<R> map(Fn<T, R> fn, Iterable<T> items) {
        List<Object> all = toList(items);
        int chunk = all.size() / (slots.size() * 4);
        if (all.size() % (slots.size() * 4) != 0) {
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
        List<PoolTask> tasks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += chunksize) {
            tasks.add(new PoolTask(0, 0, new ArrayList<>(all.subList(from, Math.min(all.size(), from + chunksize)))));
        }
        List<R> results = new ArrayList<>(all.size());
        for (Object r : PoolTask.awaitAll(submit(fn, tasks), name)) {
            results.add((R) r);
        }
        return results;
    }

    /** Runs fn(arg) in a worker; the handle's get() gives the value or rethrows the worker's exception. */
    public <T, R> AsyncResult<R> applyAsync(Fn<T, R> fn, T arg) {
        List<Object> one = new ArrayList<>(1);
        one.add(arg);
        PoolTask task = submit(fn, List.of(new PoolTask(0, 0, one))).get(0);
        return new PoolTask.Handle<>(task, name);
    }

    /** Waits for the workers to exit; only after {@link #close()} or {@link #terminate()}, as in Python. */
    public void join() {
        lock.lock();
        try {
            if (!closed && !terminated) {
                throw new IllegalStateException("join() needs close() or terminate() first: the pool is still running");
            }
        } finally {
            lock.unlock();
        }
        for (PoolSlot slot : slotsSnapshot()) {
            try {
                if (!slot.worker.awaitExit(5, TimeUnit.SECONDS)) {
                    slot.worker.kill();
                    slot.worker.awaitExit(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops every worker now; tasks not finished fail with a WorkerException. */
    public void terminate() {
        List<PoolTask> failed = new ArrayList<>();
        lock.lock();
        try {
            terminated = true;
            failed.addAll(pending);
            pending.clear();
            for (PoolSlot slot : slots) {
                failed.addAll(slot.inflight.values());
                slot.inflight.clear();
            }
        } finally {
            lock.unlock();
        }
        for (PoolTask task : failed) {
            task.result.completeExceptionally(new WorkerException("the pool " + name
                    + " was terminated before task " + task.id + " finished", "terminated", ""));
        }
        for (PoolSlot slot : slotsSnapshot()) {
            slot.worker.kill();
        }
        joinQuietly();
    }

    /** No more tasks: waits for those already given, then stops the workers (Python's close() then join()). */
    @Override
    public void close() {
        List<PoolTask> outstanding = new ArrayList<>();
        lock.lock();
        try {
            if (closed || terminated) {
                return;
            }
            closed = true;
            outstanding.addAll(pending);
            for (PoolSlot slot : slots) {
                outstanding.addAll(slot.inflight.values());
            }
        } finally {
            lock.unlock();
        }
        for (PoolTask task : outstanding) {
            task.result.exceptionally(e -> null).join();
        }
        for (PoolSlot slot : slotsSnapshot()) {
            slot.worker.send(FrameType.SHUTDOWN, new byte[0]);
        }
        joinQuietly();
    }

    private void joinQuietly() {
        // A replacement being started now would otherwise outlive the pool.
        for (Thread replacer : replacers) {
            try {
                replacer.join(HELLO_WAIT_MS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        try {
            join();
        } catch (IllegalStateException ignored) {
            // already reported by whoever closed it
        }
    }

    private List<PoolTask> submit(Fn<?, ?> fn, List<PoolTask> chunks) {
        if (fn == null) {
            throw new IllegalArgumentException("a pool task needs a function");
        }
        List<PoolTask> tasks = new ArrayList<>(chunks.size());
        lock.lock();
        try {
            if (closed || terminated) {
                throw new IllegalStateException("the pool " + name + " is closed: no new tasks");
            }
            int fnId = functions.idOf(fn);
            for (PoolTask chunk : chunks) {
                tasks.add(new PoolTask(nextTaskId++, fnId, chunk.items));
            }
            pending.addAll(tasks);
        } finally {
            lock.unlock();
        }
        if (trace) {
            ProcessContext ctx = ProcessContext.current();
            for (PoolTask task : tasks) {
                ctx.emit(ctx.event(EventType.TASK_QUEUED, name).withIndex(task.id)
                        .withText(task.items.size() == 1 ? "1 item" : task.items.size() + " items"));
            }
        }
        pump();
        return tasks;
    }

    /** Hands pending tasks to workers with room. One thread pumps at a time, so each worker sees its frames in order. */
    private void pump() {
        lock.lock();
        try {
            if (pumping) {
                pumpAgain = true;
                return;
            }
            pumping = true;
        } finally {
            lock.unlock();
        }
        while (true) {
            List<Runnable> sends = new ArrayList<>();
            lock.lock();
            try {
                pumpAgain = false;
                assign(sends);
                if (sends.isEmpty() && !pumpAgain) {
                    pumping = false;
                    return;
                }
            } finally {
                lock.unlock();
            }
            sends.forEach(Runnable::run);
        }
    }

    private void assign(List<Runnable> sends) {
        while (!pending.isEmpty() && !terminated) {
            PoolSlot best = null;
            for (PoolSlot slot : slots) {
                if (slot.ready && slot.inflight.size() < MAX_INFLIGHT
                        && (best == null || slot.inflight.size() < best.inflight.size())) {
                    best = slot;
                }
            }
            if (best == null) {
                return;
            }
            PoolTask task = pending.pollFirst();
            task.slot = best;
            best.inflight.put(task.id, task);
            WorkerConnection worker = best.worker;
            if (best.knownFunctions.add(task.fnId)) {
                byte[] fnFrame = functions.frame(task.fnId);
                sends.add(() -> worker.send(FrameType.POOL_FN, fnFrame));
            }
            // Encoded here, outside the lock and chunk by chunk, so the first worker starts while later
            // chunks are still being encoded.
            sends.add(() -> sendTask(worker, task));
        }
    }

    private void sendTask(WorkerConnection worker, PoolTask task) {
        byte[] frame;
        try {
            frame = encodeTask(task);
        } catch (RuntimeException ex) {
            lock.lock();
            try {
                task.slot.inflight.remove(task.id);
            } finally {
                lock.unlock();
            }
            task.result.completeExceptionally(ex);
            return;
        }
        worker.send(FrameType.POOL_TASK, frame);
    }

    private static byte[] encodeTask(PoolTask task) {
        PayloadWriter frame = new PayloadWriter(16 + task.items.size() * 5).writeLong(task.id).writeInt(task.fnId);
        ItemCodec.writeList(frame, task.items);
        return frame.toByteArray();
    }

    private void startWorker(PoolSlot slot, WorkerConnection w) {
        String workerName = name + "-worker-" + workerNames.incrementAndGet();
        w.assign(workerName, new SlotListener(slot));
        w.send(FrameType.POOL_START, new PayloadWriter().writeString(workerName).writeString(name)
                .writeBoolean(trace).toByteArray());
    }

    private List<PoolSlot> slotsSnapshot() {
        lock.lock();
        try {
            return new ArrayList<>(slots);
        } finally {
            lock.unlock();
        }
    }

    private static List<Object> toList(Iterable<?> items) {
        List<Object> list = new ArrayList<>();
        for (Object item : items) {
            list.add(item);
        }
        return list;
    }

    /** Results, failures and deaths of the worker in one slot. */
    private final class SlotListener implements WorkerListener {
        private final PoolSlot slot;

        SlotListener(PoolSlot slot) {
            this.slot = slot;
        }

        @Override
        public void taskDone(WorkerConnection worker, long taskId, List<Object> results) {
            complete(taskId).ifPresent(task -> task.result.complete(results));
            pump();
        }

        @Override
        public void taskFailed(WorkerConnection worker, long taskId, WorkerException error) {
            complete(taskId).ifPresent(task -> task.result.completeExceptionally(error));
            pump();
        }

        @Override
        public void exited(WorkerConnection worker, int code, String reason) {
            List<PoolTask> lost = new ArrayList<>();
            boolean replace;
            lock.lock();
            try {
                if (slot.worker != worker) {
                    return;
                }
                // A worker runs its tasks in order: only the first could have been running when it died. The
                // others never started, so they go back to the front of the line for the other workers.
                List<PoolTask> held = new ArrayList<>(slot.inflight.values());
                slot.inflight.clear();
                slot.ready = false;
                if (!held.isEmpty()) {
                    lost.add(held.get(0));
                    for (int i = held.size() - 1; i >= 1; i--) {
                        pending.addFirst(held.get(i));
                    }
                }
                replace = !closed && !terminated;
            } finally {
                lock.unlock();
            }
            for (PoolTask task : lost) {
                task.result.completeExceptionally(new WorkerException("worker " + worker.name() + " (pid "
                        + worker.pid() + ") of " + name + " died while running task " + task.id + ": " + reason
                        + " (exit code " + code + "); a replacement worker takes its place",
                        "WorkerDied", ""));
            }
            if (replace) {
                Thread replacer = new Thread(() -> replaceWorker(slot), "proclab-" + name + "-replace");
                replacer.setDaemon(true);
                replacers.add(replacer);
                replacer.start();
            }
            pump();
        }

        private java.util.Optional<PoolTask> complete(long taskId) {
            lock.lock();
            try {
                return java.util.Optional.ofNullable(slot.inflight.remove(taskId));
            } finally {
                lock.unlock();
            }
        }
    }

    private void replaceWorker(PoolSlot slot) {
        WorkerConnection fresh;
        try {
            fresh = WorkerLauncher.acquire();
        } catch (RuntimeException ex) {
            return;
        }
        lock.lock();
        try {
            if (closed || terminated) {
                fresh.kill();
                return;
            }
            slot.worker = fresh;
            slot.knownFunctions.clear();
            slot.ready = true;
        } finally {
            lock.unlock();
        }
        startWorker(slot, fresh);
        pump();
    }
}
