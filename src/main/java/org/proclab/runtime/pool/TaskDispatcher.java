package org.proclab.runtime.pool;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.ipc.frames.PoolFnFrame;
import org.proclab.runtime.ipc.frames.PoolStartFrame;
import org.proclab.runtime.ipc.frames.PoolTaskFrame;
import org.proclab.runtime.ipc.frames.TaskErrorFrame;
import org.proclab.runtime.spawn.WorkerConnection;
import org.proclab.runtime.spawn.WorkerLauncher;
import org.proclab.runtime.spawn.WorkerListener;

/**
 * A pool's workers and the tasks on their way to them: hands tasks to the least busy worker, keeps up to
 * {@link #MAX_INFLIGHT} in flight per worker, and replaces a worker that dies. {@code Pool} is its face.
 */
public final class TaskDispatcher {
    /** Tasks sent ahead to one worker, so its pipe never runs dry between tasks. */
    private static final int MAX_INFLIGHT = 64;
    private static final long HELLO_WAIT_MS = 60_000;

    private final String name;
    private final int maxTasksPerChild;
    private final boolean trace;
    private final WorkerErrorFactory errors;
    private final List<PoolSlot> slots = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<SubmittedTask> pending = new ArrayDeque<>();
    private final PoolFunctions functions = new PoolFunctions();
    private final AtomicInteger workerNames = new AtomicInteger();
    private final List<Thread> replacers = new CopyOnWriteArrayList<>();
    private long nextTaskId;
    private boolean pumping;
    private boolean pumpAgain;
    private boolean closed;
    private boolean terminated;

    /**
     * Starts {@code processes} workers (standbys first) and waits until they are up. A worker that has been
     * given {@code maxTasksPerChild} tasks (0: no limit) is stopped once they are done and replaced.
     */
    public TaskDispatcher(String name, int processes, int maxTasksPerChild, WorkerErrorFactory errors) {
        this.name = name;
        this.maxTasksPerChild = maxTasksPerChild;
        this.errors = errors;
        this.trace = ProcessContext.current().tracing();
        for (WorkerConnection w : WorkerLauncher.acquire(processes)) {
            slots.add(new PoolSlot(w));
            startWorker(slots.get(slots.size() - 1), w);
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
                if (slot.ready && !slot.retiring && slot.inflight.size() < MAX_INFLIGHT
                        && (best == null || slot.inflight.size() < best.inflight.size())) {
                    best = slot;
                }
            }
            if (best == null) {
                return;
            }
            SubmittedTask task = pending.pollFirst();
            PoolSlot chosen = best;
            chosen.inflight.put(task.id, task);
            if (maxTasksPerChild > 0 && ++chosen.tasksGiven >= maxTasksPerChild) {
                chosen.retiring = true;
            }
            WorkerConnection worker = chosen.worker;
            if (chosen.knownFunctions.add(task.fnId)) {
                PoolFnFrame fnFrame = functions.frame(task.fnId);
                sends.add(() -> worker.send(PoolFnFrame.TYPE, fnFrame.encode()));
            }
            // Encoded here, outside the lock and chunk by chunk, so the first worker starts while later
            // chunks are still being encoded.
            sends.add(() -> sendTask(worker, chosen, task));
        }
    }

    private void sendTask(WorkerConnection worker, PoolSlot slot, SubmittedTask task) {
        PayloadWriter payload;
        try {
            payload = new PoolTaskFrame(task.id, task.fnId, task.star, task.items).encode();
        } catch (RuntimeException ex) {
            // An item that cannot be encoded fails its own task, not the pool.
            boolean retire;
            lock.lock();
            try {
                slot.inflight.remove(task.id);
                retire = retireNow(slot);
            } finally {
                lock.unlock();
            }
            task.result.completeExceptionally(ex);
            if (retire) {
                worker.send(FrameType.SHUTDOWN, new byte[0]);
            }
            return;
        }
        worker.send(PoolTaskFrame.TYPE, payload);
    }

    /** Call under the lock: the slot's worker has had its share of tasks and holds none now. */
    private boolean retireNow(PoolSlot slot) {
        if (!slot.retiring || !slot.inflight.isEmpty() || slot.shutdownSent) {
            return false;
        }
        slot.shutdownSent = true;
        return true;
    }

    private void startWorker(PoolSlot slot, WorkerConnection w) {
        String workerName = name + "-worker-" + workerNames.incrementAndGet();
        w.assign(workerName, new SlotListener(slot, w));
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

    /** Results, failures and deaths of the worker in one slot. */
    private final class SlotListener implements WorkerListener {
        private final PoolSlot slot;
        private final WorkerConnection worker;

        SlotListener(PoolSlot slot, WorkerConnection worker) {
            this.slot = slot;
            this.worker = worker;
        }

        @Override
        public void taskDone(long taskId, List<Object> results) {
            complete(taskId).ifPresent(task -> task.result.complete(results));
            retireIfDone();
            pump();
        }

        @Override
        public void taskFailed(TaskErrorFrame error) {
            RuntimeException failure = errors.create(error.exceptionClass() + ": " + error.message()
                    + " (raised in " + worker.name() + ", pid " + worker.pid() + ")", error.exceptionClass(),
                    error.stackTrace());
            complete(error.taskId()).ifPresent(task -> task.result.completeExceptionally(failure));
            retireIfDone();
            pump();
        }

        /** maxtasksperchild: a worker that has done its share is told to stop; its exit brings a successor. */
        private void retireIfDone() {
            boolean retire;
            lock.lock();
            try {
                retire = slot.worker == worker && retireNow(slot);
            } finally {
                lock.unlock();
            }
            if (retire) {
                worker.send(FrameType.SHUTDOWN, new byte[0]);
            }
        }

        @Override
        public void exited(int code, String reason) {
            List<SubmittedTask> lost = new ArrayList<>();
            boolean replace;
            lock.lock();
            try {
                if (slot.worker != worker) {
                    return;
                }
                // A worker runs its tasks in order: only the first could have been running when it died. The
                // others never started, so they go back to the front of the line for the other workers.
                List<SubmittedTask> held = new ArrayList<>(slot.inflight.values());
                slot.inflight.clear();
                slot.ready = false;
                if (!held.isEmpty()) {
                    lost.add(held.get(0));
                    for (int i = held.size() - 1; i >= 1; i--) {
                        pending.addFirst(held.get(i));
                    }
                }
                // While closing, a worker is still replaced if tasks wait for it, or close() would never end.
                replace = !terminated && (!closed || !pending.isEmpty());
            } finally {
                lock.unlock();
            }
            for (SubmittedTask task : lost) {
                task.result.completeExceptionally(errors.create("worker " + worker.name() + " (pid "
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

        private Optional<SubmittedTask> complete(long taskId) {
            lock.lock();
            try {
                return Optional.ofNullable(slot.inflight.remove(taskId));
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
            if (terminated || (closed && pending.isEmpty())) {
                fresh.kill();
                return;
            }
            slot.worker = fresh;
            slot.knownFunctions.clear();
            slot.inflight.clear();
            slot.tasksGiven = 0;
            slot.retiring = false;
            slot.shutdownSent = false;
            slot.ready = true;
            // Under the lock, so close() cannot send SHUTDOWN to this worker before its POOL_START.
            startWorker(slot, fresh);
        } finally {
            lock.unlock();
        }
        pump();
    }
}
