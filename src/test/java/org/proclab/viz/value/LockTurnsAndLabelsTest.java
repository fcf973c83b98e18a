package org.proclab.viz.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

class LockTurnsAndLabelsTest {
    private static Event lock(EventType type, long t, String worker) {
        return new Event(type, t, worker, 1, "lock", -1, null, null, null);
    }

    @Test
    void runsOfAcquiresByOneWorkerShowThatTheLockIsNotFair() {
        ValueTimelineModel m = new ValueTimelineModel();
        // worker-1 takes the lock three times in a row while worker-2 waits, then worker-2 once, worker-1 once.
        String[] order = {"worker-1", "worker-1", "worker-1", "worker-2", "worker-1"};
        long t = 0;
        for (String w : order) {
            m.accept(lock(EventType.LOCK_ACQUIRED, t += 10, w));
            m.accept(lock(EventType.LOCK_RELEASED, t += 5, w));
        }
        assertEquals(List.of(new LockTurns.Share("worker-1", 4, 3), new LockTurns.Share("worker-2", 1, 1)),
                LockTurns.of(m, List.of("main", "worker-1", "worker-2")));
    }

    @Test
    void lostMarksCloserThanALabelShareOneLabel() {
        List<LostClusters.Cluster> c = LostClusters.of(List.of(100.0, 10.0, 20.0, 30.0, 200.0), 40);
        assertEquals(List.of(new LostClusters.Cluster(10, 30, 3), new LostClusters.Cluster(100, 100, 1),
                new LostClusters.Cluster(200, 200, 1)), c);
        // A long dense run is cut every two label widths, so its labels still say where the losses are.
        List<Double> dense = new java.util.ArrayList<>();
        for (int x = 0; x < 400; x++) {
            dense.add((double) x);
        }
        List<LostClusters.Cluster> runs = LostClusters.of(dense, 40);
        assertEquals(5, runs.size());
        assertEquals(400, runs.stream().mapToInt(LostClusters.Cluster::count).sum());
    }

    @Test
    void numberedSharedObjectsGetTheExamplesVariableNames() {
        String source = "Value<Integer> count = new Value<>('i', start);\n"
                + "Value<Double> ratio = new Value<>('d', 3.14);\n"
                + "Array<Integer> numbers = new Array<>('i', List.of(1, 2));\n"
                + "Queue<Long> results = new Queue<>();\n";
        SubjectNames names = SubjectNames.fromSource(source);
        assertEquals("count", names.label("value-1"));
        assertEquals("ratio", names.label("value-2"));
        assertEquals("numbers[3]", names.label("array-1[3]"));
        assertEquals("results", names.label("queue-1"));
        assertEquals("counter", names.label("counter"));
    }
}
