package org.proclab.viz.lanes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

class QueueAndLifetimeTest {
    private static Event ev(EventType type, long t, String worker, String subject, long index, String value) {
        return new Event(type, t, worker, 7, subject, index, null, value, null);
    }

    @Test
    void putsAndGetsLandOnTheirProcessesLanesAndTheQueueHoldsWhatWaits() {
        WorkerLanesModel m = new WorkerLanesModel();
        m.accept(ev(EventType.QUEUE_PUT, 1, "worker-1", "queue-1", -1, "249833583000"));
        m.accept(ev(EventType.QUEUE_PUT, 2, "worker-2", "queue-1", -1, "17"));
        assertEquals(List.of("249833583000", "17"), m.queues().waiting("queue-1"));
        m.accept(ev(EventType.QUEUE_GET, 3, "main", "queue-1", -1, "249833583000"));
        assertEquals(List.of("17"), m.queues().waiting("queue-1"));
        WorkerLane w1 = m.lanes().get(0);
        assertEquals(new WorkerLane.QueueOp(true, "queue-1", "249833583000"), w1.lastQueueOp());
        WorkerLane main = m.lanes().get(2);
        assertEquals(new WorkerLane.QueueOp(false, "queue-1", "249833583000"), main.lastQueueOp());
        assertEquals(1, main.queueOps());
    }

    @Test
    void aGetThatArrivesBeforeItsPutLeavesNothingWaiting() {
        WorkerLanesModel m = new WorkerLanesModel();
        m.accept(ev(EventType.QUEUE_GET, 5, "main", "q", -1, "4"));
        m.accept(ev(EventType.QUEUE_PUT, 4, "worker-1", "q", -1, "4"));
        assertEquals(List.of(), m.queues().waiting("q"));
    }

    @Test
    void theLifetimeIsSpawnedStartedExitedAndStartUpIsTheGap() {
        WorkerLanesModel m = new WorkerLanesModel();
        m.accept(ev(EventType.PROCESS_SPAWNED, 1_000_000, "worker-1", null, -1, null));
        WorkerLane lane = m.lanes().get(0);
        assertEquals(-1, lane.startupNanos());
        m.accept(ev(EventType.PROCESS_STARTED, 181_000_000, "worker-1", null, -1, null));
        m.accept(ev(EventType.PROCESS_EXITED, 400_000_000, "worker-1", null, 143, null));
        assertEquals(1_000_000, lane.spawnedNanos());
        assertEquals(180_000_000, lane.startupNanos());
        assertEquals(400_000_000, lane.exitedNanos());
        assertEquals(143, lane.exitCode());
    }

    @Test
    void exitCodesSayWhatEndedTheProcess() {
        assertEquals("exit.ok", ExitCodes.of(0).key());
        assertEquals("exit.error", ExitCodes.of(1).key());
        assertEquals("exit.sigterm", ExitCodes.of(143).key());
        assertEquals("exit.sigkill", ExitCodes.of(-9).key());
        assertEquals("exit.sigkill", ExitCodes.of(137).key());
        assertEquals(new ExitCodes.Meaning("exit.signal", 2), ExitCodes.of(-2));
        assertEquals(new ExitCodes.Meaning("exit.other", 3), ExitCodes.of(3));
    }
}
