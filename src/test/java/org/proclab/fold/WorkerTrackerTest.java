package org.proclab.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

class WorkerTrackerTest {
    private static final long MAIN_PID = 500;
    private final WorkerTracker tracker = new WorkerTracker(MAIN_PID);

    @Test
    void followsEachWorkerFromSpawnToExitInOrder() {
        assertTrue(tracker.accept(Event.of(EventType.PROCESS_SPAWNED, "worker-1", MAIN_PID, null)));
        tracker.accept(Event.of(EventType.PROCESS_SPAWNED, "worker-2", 102, null));
        assertEquals(new WorkerTracker.Worker("worker-1", -1, false, null), tracker.workers().get(0),
                "the main process's pid is never a worker's");
        tracker.accept(Event.of(EventType.PROCESS_STARTED, "worker-1", 101, null));
        tracker.accept(Event.of(EventType.OUTPUT, "worker-2", 102, "stdout").withText("hi"));
        tracker.accept(Event.of(EventType.PROCESS_EXITED, "worker-1", 101, null).withIndex(3));

        assertEquals(List.of(new WorkerTracker.Worker("worker-1", 101, true, 3),
                new WorkerTracker.Worker("worker-2", 102, true, null)), tracker.workers());
        assertTrue(tracker.workers().get(0).exited());
    }

    @Test
    void mainAndOtherEventsAreNotWorkers() {
        assertFalse(tracker.accept(Event.of(EventType.PROCESS_STARTED, "main", 1, null)));
        assertFalse(tracker.accept(Event.of(EventType.VALUE_WRITE, "worker-1", 101, "counter")));
        assertFalse(tracker.accept(Event.of(EventType.PROCESS_STARTED, null, 101, null)));
        assertEquals(List.of(), tracker.workers());
    }
}
