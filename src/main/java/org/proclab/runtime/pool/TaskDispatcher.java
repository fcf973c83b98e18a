package org.proclab.runtime.pool;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.frames.PoolStartFrame;
import org.proclab.runtime.spawn.WorkerConnection;
import org.proclab.runtime.spawn.WorkerLauncher;

/**
 * A pool's workers and the tasks on their way to them: hands tasks to the least busy worker, keeps up to
 * {@link #MAX_INFLIGHT} in flight per worker, and replaces a worker that dies. {@code Pool} is its face.
 */
public final class TaskDispatcher {
    /** Tasks sent ahead to one worker, so its pipe never runs dry between tasks. */
    private static final int MAX_INFLIGHT = 64;
    /** A worker that was full is given tasks again when it holds this many (see {@link PoolSlot#open}). */
    static final int REFILL_AT = MAX_INFLIGHT / 2;
    private static final long HELLO_WAIT_MS = 60_000;
    final String name;
    private final int maxTasksPerChild;
    private final boolean trace;
    final WorkerErrorFactory errors;
    private final List<PoolSlot> slots = new ArrayList<>();
    final ReentrantLock lock = new ReentrantLock();
    final ArrayDeque<SubmittedTask> pending = new ArrayDeque<>();
    private final PoolFunctions functions;
    private final AtomicInteger workerNames = new AtomicInteger();
    private long nextTaskId;
    private boolean pumping;
    private boolean pumpAgain;
    /**
     * Sends what a worker's reader thread asked for. A reader must never write to a worker itself: blocked on
     * a full pipe to a worker that is itself blocked writing its results, which only that reader reads, both
     * would wait forever (a map of big chunks, refilled from a result, hung that way).
     */
    private final ExecutorService sender;
    private final AtomicBoolean sendQueued = new AtomicBoolean();
    // Shared with SlotListener, which hears each worker: the lock guards pending, closed and terminated.
    final List<Thread> replacers = new CopyOnWriteArrayList<>();
    boolean closed;
    boolean terminated;

    /**
     * Starts {@code processes} workers (standbys first) and waits until they are up. A worker that has been
     * given {@code maxTasksPerChild} tasks (0: no limit) is stopped once they are done and replaced.
     */
    public TaskDispatcher(String name, int processes, int maxTasksPerChild, WorkerErrorFactory errors,
                          FunctionCodec codec) {
        this.name = name;
        this.functions = new PoolFunctions(codec);
        this.maxTasksPerChild = maxTasksPerChild;
        this.errors = errors;
        this.trace = ProcessContext.current().tracing();
        this.sender = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "proclab-" + name + "-sender");
            t.setDaemon(true);
            return t;
        });
        try {
            // POOL_START goes into each pipe while its JVM boots, so the worker starts on it right after its hello.
            WorkerLauncher.acquire(processes, w -> {
                PoolSlot slot = new PoolSlot(w);
                lock.lock();
                try {
                    slots.add(slot);
                } finally {
                    lock.unlock();
                }
                startWorker(slot, w);
            });
        } catch (RuntimeException notStarted) {
            // Workers that did start must not outlive a pool that never was, nor be replaced.
            terminate();
            throw notStarted;
        }
    }

    public int processes() {
        return slots.size();
    }

    public List<Long> pids() {
        lock.lock();
        try {
            List<Long> pids = new ArrayList<>();
            for (PoolSlot slot : slots) {
                // A worker known to be dead leaves its slot empty until the replacement is up.
                if (slot.ready) {
                    pids.add(slot.worker.pid());
                }
            }
            return pids;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Queues one task per chunk, all applying {@code fn} (with {@code star}, to each item's unpacked
     * arguments), and starts sending them. {@code call} names the pool method in the events.
     */
    public List<SubmittedTask> submit(Object fn, List<List<Object>> chunks, boolean star, String call) {
        if (fn == null) {
            throw new IllegalArgumentException("a pool task needs a function");
        }
        List<SubmittedTask> tasks = new ArrayList<>(chunks.size());
        lock.lock();
        try {
            if (closed || terminated) {
                throw new IllegalStateException("the pool " + name + " is closed: no new tasks");
            }
            int fnId = functions.idOf(fn);
            for (List<Object> chunk : chunks) {
                tasks.add(new SubmittedTask(nextTaskId++, fnId, star, chunk));
            }
            pending.addAll(tasks);
        } finally {
            lock.unlock();
        }
        if (trace) {
            ProcessContext ctx = ProcessContext.current();
            for (SubmittedTask task : tasks) {
                ctx.emit(ctx.event(EventType.TASK_QUEUED, name).withIndex(task.id)
                        .withText(call + ": " + (task.items.size() == 1 ? "1 item" : task.items.size() + " items")));
            }
        }
        pump();
        return tasks;
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

    /** Stops every worker now; tasks not finished fail. */
    public void terminate() {
        List<SubmittedTask> failed = new ArrayList<>();
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
        for (SubmittedTask task : failed) {
            task.result.completeExceptionally(errors.create("the pool " + name
                    + " was terminated before task " + task.id + " finished", "terminated", ""));
        }
        for (PoolSlot slot : slotsSnapshot()) {
            slot.worker.kill();
        }
        joinQuietly();
    }

    /** No more tasks: waits for those already given, then stops the workers. */
    public void close() {
        List<SubmittedTask> outstanding = new ArrayList<>();
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
        for (SubmittedTask task : outstanding) {
            task.result.exceptionally(e -> null).join();
        }
        lock.lock();
        try {
            for (PoolSlot slot : slots) {
                if (slot.ready && !slot.shutdownSent) {
                    slot.worker.send(FrameType.SHUTDOWN, new byte[0]);
                }
            }
        } finally {
            lock.unlock();
        }
        joinQuietly();
    }

    private void joinQuietly() {
        sender.shutdown();
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

    /**
     * From a worker's reader thread: pumps on the sender thread, if a task waits and a worker can take it.
     * After a result of one task at a time nothing waits; in a long run of small tasks the workers are full
     * until they are down to half: either way no thread is woken for nothing.
     */
    void pumpFromReader() {
        lock.lock();
        try {
            if (pending.isEmpty() || terminated || !anySlotTakesTasks()) {
                return;
            }
        } finally {
            lock.unlock();
        }
        if (sendQueued.compareAndSet(false, true)) {
            try {
                sender.execute(() -> {
                    sendQueued.set(false);
                    pump();
                });
            } catch (RejectedExecutionException closing) {
                sendQueued.set(false);
            }
        }
    }

    /** Hands pending tasks to workers with room. One thread pumps at a time, so each worker sees its frames in order. */
    void pump() {
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

    /** Call under the lock: the test {@link #assign} makes for each slot. */
    private boolean anySlotTakesTasks() {
        for (PoolSlot slot : slots) {
            if (takesTasks(slot)) {
                return true;
            }
        }
        return false;
    }

    private static boolean takesTasks(PoolSlot slot) {
        return slot.ready && !slot.retiring && slot.open;
    }

    private void assign(List<Runnable> sends) {
        // Small tasks go to a worker in runs, one write each; a big one (a map's chunk) goes alone and in the
        // order tasks were assigned, so the first worker starts on its chunk while the next is encoded.
        List<TaskRun> open = new ArrayList<>(2);
        while (!pending.isEmpty() && !terminated) {
            PoolSlot best = null;
            for (PoolSlot slot : slots) {
                if (takesTasks(slot) && (best == null || slot.inflight.size() < best.inflight.size())) {
                    best = slot;
                }
            }
            if (best == null) {
                break;
            }
            SubmittedTask task = pending.pollFirst();
            best.inflight.put(task.id, task);
            if (best.inflight.size() >= MAX_INFLIGHT) {
                best.open = false;
            }
            if (maxTasksPerChild > 0 && ++best.tasksGiven >= maxTasksPerChild) {
                best.retiring = true;
            }
            TaskRun run = null;
            for (TaskRun r : open) {
                if (r.isFor(best)) {
                    run = r;
                }
            }
            if (run == null) {
                run = new TaskRun(this, best);
                open.add(run);
            }
            run.add(task, best.knownFunctions.add(task.fnId) ? functions.frame(task.fnId) : null);
            if (run.full()) {
                open.remove(run);
                sends.add(run::send);
            }
        }
        for (TaskRun run : open) {
            sends.add(run::send);
        }
    }

    /** A task that could not be sent leaves its slot; a retiring worker that now holds none is told to stop. */
    void unsent(PoolSlot slot, WorkerConnection worker, SubmittedTask task, RuntimeException why) {
        boolean retire;
        lock.lock();
        try {
            slot.inflight.remove(task.id);
            reopenIfLow(slot);
            retire = retireNow(slot);
        } finally {
            lock.unlock();
        }
        task.result.completeExceptionally(why);
        if (retire) {
            worker.send(FrameType.SHUTDOWN, new byte[0]);
        }
    }

    /** Call under the lock, after a task left the slot: a full worker takes tasks again once down to half. */
    void reopenIfLow(PoolSlot slot) {
        if (!slot.open && slot.inflight.size() <= REFILL_AT) {
            slot.open = true;
        }
    }

    /** Call under the lock: the slot's worker has had its share of tasks and holds none now. */
    boolean retireNow(PoolSlot slot) {
        if (!slot.retiring || !slot.inflight.isEmpty() || slot.shutdownSent) {
            return false;
        }
        slot.shutdownSent = true;
        return true;
    }

    void startWorker(PoolSlot slot, WorkerConnection w) {
        String workerName = name + "-worker-" + workerNames.incrementAndGet();
        w.assign(workerName, new SlotListener(this, slot, w));
        w.send(PoolStartFrame.TYPE, new PoolStartFrame(workerName, name, trace).encode());
    }

    private List<PoolSlot> slotsSnapshot() {
        lock.lock();
        try {
            return new ArrayList<>(slots);
        } finally {
            lock.unlock();
        }
    }
}
