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

    @Test
    void aChunkOfAMapShowsEachOfItsValuesInItemOrder() {
        PoolTasksModel m = new PoolTasksModel();
        m.accept(ev(EventType.TASK_QUEUED, 1, "main", 0, null, "3 items"));
        m.accept(ev(EventType.TASK_QUEUED, 2, "main", 1, null, "map: 2 items"));
        m.accept(ev(EventType.TASK_QUEUED, 3, "main", 2, null, "1 item"));
        m.accept(ev(EventType.TASK_FINISHED, 4, "w2", 1, "[9, 16]", "ok"));
        m.accept(ev(EventType.TASK_FINISHED, 5, "w1", 0, "[0, 1, 4]", "ok"));
        m.accept(ev(EventType.TASK_FINISHED, 6, "w1", 2, "[a, b]", "ok"));
        assertEquals(List.of("0", "1", "4", "9", "16", "[a, b]"), m.valuesInOrder().stream()
                .map(PoolTasksModel.Result::value).collect(Collectors.toList()));
    }
}
