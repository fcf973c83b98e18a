package org.proclab.viz.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

class PoolTasksModelTest {

    private static Event ev(EventType type, long t, String worker, long index, String result, String text) {
        return new Event(type, t, worker, 1, "pool-1", index, null, result, text);
    }

    @Test
    void tasksKnowWhoRanThemAndResultsComeInTaskOrder() {
        PoolTasksModel m = new PoolTasksModel();
        m.accept(ev(EventType.TASK_QUEUED, 1, "main", 0, null, null));
        m.accept(ev(EventType.TASK_QUEUED, 2, "main", 1, null, null));
        m.accept(ev(EventType.TASK_STARTED, 3, "pool-1-worker-2", 1, null, null));
        m.accept(ev(EventType.TASK_STARTED, 4, "pool-1-worker-1", 0, null, null));
        m.accept(ev(EventType.TASK_FINISHED, 5, "pool-1-worker-2", 1, "1", "ok"));
        m.accept(ev(EventType.TASK_FINISHED, 6, "pool-1-worker-1", 0, "0", "ok"));
        assertEquals(List.of("pool-1-worker-2", "pool-1-worker-1"), m.workers());
        assertEquals(List.of("0", "1"), m.resultsInOrder().stream().map(PoolTaskSpan::result).collect(Collectors.toList()));
        PoolTaskSpan t1 = m.tasks().get(1);
        assertEquals("pool-1-worker-2", t1.worker());
        assertEquals(3, t1.startedNanos());
        assertEquals(5, t1.finishedNanos());
        m.accept(ev(EventType.TASK_FINISHED, 7, "pool-1-worker-1", 2, null, "TypeError: takes 1 argument"));
        assertEquals(false, m.tasks().get(2).ok());
    }
}
