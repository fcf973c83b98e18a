package org.proclab.runtime.pool;

import java.util.ArrayList;
import java.util.List;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.ipc.frames.PoolFnFrame;
import org.proclab.runtime.ipc.frames.PoolTaskFrame;
import org.proclab.runtime.spawn.WorkerConnection;

/**
 * Tasks for one worker that go out in one write, after the functions they need that it lacks. Small tasks
 * collect into a run; a run is sent as soon as it holds {@value #FULL_ITEMS} items, so a map's big chunk goes
 * alone and the first worker starts on it while the next chunk is encoded.
 */
final class TaskRun {
    /** Items a run collects before it is sent: a chunk this big is worth starting on at once. */
    static final int FULL_ITEMS = 256;

    private final TaskDispatcher dispatcher;
    private final PoolSlot slot;
    private final WorkerConnection worker;
    private final List<PoolFnFrame> functions = new ArrayList<>(1);
    private final List<SubmittedTask> tasks = new ArrayList<>();
    private int items;

    TaskRun(TaskDispatcher dispatcher, PoolSlot slot) {
        this.dispatcher = dispatcher;
        this.slot = slot;
        this.worker = slot.worker;
    }

    /** Adds a task, and the function the worker must learn first (null when it knows it). */
    void add(SubmittedTask task, PoolFnFrame newFunction) {
        if (newFunction != null) {
            functions.add(newFunction);
        }
        tasks.add(task);
        items += task.items.size();
    }

    boolean isFor(PoolSlot other) {
        return slot == other;
    }

    boolean full() {
        return items >= FULL_ITEMS;
    }

    /** Encodes and writes the run, outside the pool's lock; a task that cannot be encoded fails alone. */
    void send() {
        for (PoolFnFrame fn : functions) {
            worker.send(PoolFnFrame.TYPE, fn.encode());
        }
        List<PayloadWriter> payloads = new ArrayList<>(tasks.size());
        for (SubmittedTask task : tasks) {
            try {
                payloads.add(new PoolTaskFrame(task.id, task.fnId, task.star, task.items).encode());
            } catch (RuntimeException ex) {
                dispatcher.unsent(slot, worker, task, ex);
            }
        }
        if (payloads.size() == 1) {
            worker.send(PoolTaskFrame.TYPE, payloads.get(0));
        } else if (!payloads.isEmpty()) {
            worker.sendAll(PoolTaskFrame.TYPE, payloads);
        }
    }
}
