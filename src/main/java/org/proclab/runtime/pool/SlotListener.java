package org.proclab.runtime.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.frames.TaskErrorFrame;
import org.proclab.runtime.spawn.WorkerConnection;
import org.proclab.runtime.spawn.WorkerLauncher;
import org.proclab.runtime.spawn.WorkerListener;

/**
 * Results, failures and deaths of the worker in one slot of a {@link TaskDispatcher}, heard on that worker's
 * reader thread; a dead worker's replacement is started from here. Works under the dispatcher's lock.
 */
final class SlotListener implements WorkerListener {
    private final TaskDispatcher dispatcher;
    private final PoolSlot slot;
    private final WorkerConnection worker;

    SlotListener(TaskDispatcher dispatcher, PoolSlot slot, WorkerConnection worker) {
        this.dispatcher = dispatcher;
        this.slot = slot;
        this.worker = worker;
    }

    @Override
    public void taskDone(long taskId, List<Object> results) {
        complete(taskId).ifPresent(task -> task.result.complete(results));
        retireIfDone();
        dispatcher.pumpFromReader();
    }

    @Override
    public void taskFailed(TaskErrorFrame error) {
        RuntimeException failure = dispatcher.errors.create(error.exceptionClass() + ": " + error.message()
                + " (raised in " + worker.name() + ", pid " + worker.pid() + ")", error.exceptionClass(),
                error.stackTrace());
        complete(error.taskId()).ifPresent(task -> task.result.completeExceptionally(failure));
        retireIfDone();
        dispatcher.pumpFromReader();
    }

    /** maxtasksperchild: a worker that has done its share is told to stop; its exit brings a successor. */
    private void retireIfDone() {
        boolean retire;
        dispatcher.lock.lock();
        try {
            retire = slot.worker == worker && dispatcher.retireNow(slot);
        } finally {
            dispatcher.lock.unlock();
        }
        if (retire) {
            worker.send(FrameType.SHUTDOWN, new byte[0]);
        }
    }

    @Override
    public void exited(int code, String reason) {
        List<SubmittedTask> lost = new ArrayList<>();
        boolean replace;
        dispatcher.lock.lock();
        try {
            if (slot.worker != worker) {
                return;
            }
            // A worker runs its tasks in order: only the first could have been running when it died. The
            // others never started, so they go back to the front of the line for the other workers.
            List<SubmittedTask> held = new ArrayList<>(slot.inflight.values());
            slot.inflight.clear();
            slot.open = true;
            slot.ready = false;
            if (!held.isEmpty()) {
                lost.add(held.get(0));
                for (int i = held.size() - 1; i >= 1; i--) {
                    dispatcher.pending.addFirst(held.get(i));
                }
            }
            // While closing, a worker is still replaced if tasks wait for it, or close() would never end.
            replace = !dispatcher.terminated && (!dispatcher.closed || !dispatcher.pending.isEmpty());
        } finally {
            dispatcher.lock.unlock();
        }
        for (SubmittedTask task : lost) {
            task.result.completeExceptionally(dispatcher.errors.create("worker " + worker.name() + " (pid "
                    + worker.pid() + ") of " + dispatcher.name + " died while running task " + task.id + ": " + reason
                    + " (exit code " + code + "); a replacement worker takes its place",
                    "WorkerDied", ""));
        }
        if (replace) {
            Thread replacer = new Thread(this::replaceWorker, "proclab-" + dispatcher.name + "-replace");
            replacer.setDaemon(true);
            dispatcher.replacers.add(replacer);
            replacer.start();
        }
        dispatcher.pumpFromReader();
    }

    private Optional<SubmittedTask> complete(long taskId) {
        dispatcher.lock.lock();
        try {
            SubmittedTask task = slot.inflight.remove(taskId);
            dispatcher.reopenIfLow(slot);
            return Optional.ofNullable(task);
        } finally {
            dispatcher.lock.unlock();
        }
    }

    private void replaceWorker() {
        WorkerConnection fresh;
        try {
            fresh = WorkerLauncher.acquire();
        } catch (RuntimeException ex) {
            return;
        }
        dispatcher.lock.lock();
        try {
            if (dispatcher.terminated || (dispatcher.closed && dispatcher.pending.isEmpty())) {
                fresh.kill();
                return;
            }
            slot.worker = fresh;
            slot.knownFunctions.clear();
            slot.inflight.clear();
            slot.tasksGiven = 0;
            slot.retiring = false;
            slot.shutdownSent = false;
            slot.open = true;
            slot.ready = true;
            // Under the lock, so close() cannot send SHUTDOWN to this worker before its POOL_START.
            dispatcher.startWorker(slot, fresh);
        } finally {
            dispatcher.lock.unlock();
        }
        dispatcher.pump();
    }
}
