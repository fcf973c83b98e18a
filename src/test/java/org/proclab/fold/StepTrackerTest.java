package org.proclab.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.proclab.fold.StepTracker.Status;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/** The step-state machine both the CLI's step commands and the window's step view read. */
class StepTrackerTest {
    private final StepTracker tracker = new StepTracker();

    @Test
    void aWorkerGoesFromStartingToPausedToRunningToBlockedToExited() {
        assertNull(tracker.status("worker-1"));
        tracker.accept(Event.of(EventType.PROCESS_SPAWNED, "worker-1", 101, null));
        assertEquals(Status.STARTING, tracker.status("worker-1"));
        tracker.accept(Event.of(EventType.STEP_PAUSED, "worker-1", 101, "lock").withValues(null, "acquire"));
        assertTrue(tracker.canStep("worker-1"));
        assertTrue(tracker.released("worker-1"));
        assertFalse(tracker.released("worker-1"), "only a paused worker can be let go");
        assertEquals(Status.RUNNING, tracker.status("worker-1"));
        tracker.accept(Event.of(EventType.LOCK_WAIT, "worker-1", 101, "lock").withText("held by pid 4242"));
        assertEquals(Status.BLOCKED, tracker.status("worker-1"));
        assertEquals("lock, held by pid 4242", tracker.waitsFor("worker-1"));
        assertEquals("lock (pid 4242)", tracker.worker("worker-1").orElseThrow().blockedOn());
        tracker.accept(Event.of(EventType.PROCESS_EXITED, "worker-1", 101, null));
        assertEquals(Status.EXITED, tracker.status("worker-1"));
        assertFalse(tracker.accept(Event.of(EventType.STEP_PAUSED, "worker-1", 101, "lock")), "exited is final");
    }
}
