package org.proclab.viz.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;
import org.proclab.fold.StepTracker.Status;
import org.proclab.fold.StepTracker.WorkerStep;

class StepModelTest {
    private final StepModel model = new StepModel();

    private static Event paused(String worker, long pid, String op, String text, long line) {
        return Event.of(EventType.STEP_PAUSED, worker, pid, "counter").withValues(null, op).withText(text)
                .withIndex(line);
    }

    @Test
    void pausesStepsBlocksAndExitsAreFollowedPerWorker() {
        model.accept(Event.of(EventType.PROCESS_SPAWNED, "worker-1", 101, null));
        model.accept(Event.of(EventType.PROCESS_SPAWNED, "worker-2", 102, null));
        assertFalse(model.canStep("worker-1"), "not paused yet");
        assertTrue(model.accept(paused("worker-1", 101, "acquire", "acquire lock", 43)));
        assertTrue(model.accept(paused("worker-2", 102, "acquire", "acquire lock", 43)));

        assertEquals(new WorkerStep("worker-1", 101, Status.PAUSED, "acquire lock", "acquire", 43, null),
                model.worker("worker-1").orElseThrow());
        assertEquals(Optional.of("worker-2"), model.lastPaused());
        assertTrue(model.canStep("worker-1"));

        model.stepped("worker-1");
        assertEquals(Status.RUNNING, model.worker("worker-1").orElseThrow().status());
        assertFalse(model.canStep("worker-1"), "one step at a time");
        model.accept(Event.of(EventType.LOCK_ACQUIRED, "worker-1", 101, "lock"));
        model.accept(paused("worker-1", 101, "read", "read counter", 45));
        model.stepped("worker-2");
        model.accept(Event.of(EventType.LOCK_WAIT, "worker-2", 102, "lock").withText("held by pid 101"));

        WorkerStep blocked = model.worker("worker-2").orElseThrow();
        assertEquals(Status.BLOCKED, blocked.status());
        assertEquals("lock (worker-1)", blocked.blockedOn());
        assertFalse(model.canStep("worker-2"), "a worker waiting for the lock cannot step");
        assertEquals(Optional.of("worker-1"), model.lastPaused());

        model.accept(Event.of(EventType.LOCK_ACQUIRED, "worker-2", 102, "lock"));
        assertEquals(Status.RUNNING, model.worker("worker-2").orElseThrow().status());
        model.accept(Event.of(EventType.PROCESS_EXITED, "worker-1", 101, null).withIndex(0));
        assertFalse(model.accept(paused("worker-1", 101, "read", "read counter", 45)), "nothing after the exit");
        assertEquals(Status.EXITED, model.worker("worker-1").orElseThrow().status());

        assertEquals(List.of("worker-1", "worker-2"), model.sequence());
        assertEquals(List.of("worker-1", "worker-2"), model.workers().stream().map(WorkerStep::worker).toList());
    }

    @Test
    void aHolderOutsideTheRunIsNamedByPidAndMainIsIgnored() {
        model.accept(paused("worker-1", 101, "acquire", "acquire lock", 43));
        model.accept(Event.of(EventType.LOCK_WAIT, "worker-1", 101, "lock").withText("held by pid 999"));
        assertEquals("lock (pid 999)", model.worker("worker-1").orElseThrow().blockedOn());
        int version = model.version();
        assertFalse(model.accept(Event.of(EventType.VALUE_READ, "main", 1, "counter")));
        assertFalse(model.accept(Event.of(EventType.OUTPUT, "worker-1", 101, "stdout")));
        assertEquals(version, model.version());
    }
}
