package org.proclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GoalAndRowTest {

    @Test
    void atMostGoalOnTheRatio() {
        Goal g = Goal.ratioAtMost(0.3);
        assertTrue(g.met(0.3));
        assertFalse(g.met(0.6));
        assertEquals(2.0, g.missFactor(0.6), 1e-9);
        assertEquals("≤ 0.3× Py", g.describe());
    }

    @Test
    void atLeastGoals() {
        assertEquals("≥ 4× Py", Goal.ratioAtLeast(4).describe());
        assertEquals(2.0, Goal.ratioAtLeast(4).missFactor(2), 1e-9);
        assertEquals("≥ 1.85×", Goal.ownAtLeast(1.85).describe());
        assertTrue(Goal.ownAtLeast(1.85).met(1.9));
    }

    @Test
    void rowRatioIsProcLabMedianOverPythonMedian() {
        RowSpec spec = new RowSpec("map.1000000", "pool", "map", Unit.SECONDS, Goal.ratioAtMost(0.3), null);
        Results r = new Results();
        r.addProcLab("map.1000000", 0.2);
        r.addProcLab("map.1000000", 0.1);
        r.addProcLab("map.1000000", 0.9);
        r.addPython("map.1000000", 0.4);
        r.pythonNote("map.1000000", "fork");
        RowResult row = RowResult.of(spec, r);
        assertEquals(0.5, row.ratio(), 1e-9);
        assertEquals("missed by 1.7×", row.status());
        assertEquals("fork", row.pythonNote());
    }

    @Test
    void ownGoalUsesTheProcLabFigureAndNeedsNoPython() {
        RowSpec spec = new RowSpec("s", "speed", "speed-up", Unit.FACTOR, Goal.ownAtLeast(1.85), null);
        Results r = new Results();
        r.addProcLab("s", 1.9);
        RowResult row = RowResult.of(spec, r);
        assertNull(row.ratio());
        assertEquals("met", row.status());
    }

    @Test
    void missingSideGivesNoRatioAndNoVerdict() {
        RowSpec spec = new RowSpec("q", "queue", "queue", Unit.RATE, Goal.ratioAtLeast(4), null);
        Results r = new Results();
        r.addProcLab("q", 400_000);
        RowResult row = RowResult.of(spec, r);
        assertNull(row.ratio());
        assertEquals("no data", row.status());
    }

    @Test
    void rowIdsAreUniqueAndEveryWorkloadIsKnown() {
        Set<String> ids = new HashSet<>();
        for (RowSpec spec : Rows.all()) {
            assertTrue(ids.add(spec.id()), "duplicate row " + spec.id());
            assertTrue(BenchOptions.WORKLOADS.contains(spec.workload()), spec.workload());
        }
        List<String> withGoals = Rows.all().stream().filter(s -> s.goal() != null).map(RowSpec::id).toList();
        assertEquals(List.of("start.fresh", "start.spawn", "start.fork", "queue", "pool.ready.spawn", "map.10", "map.10000",
                "map.1000000", "apply.bulk", "apply.trip",
                "counter.lock", "counter.lock.standby", "speed.2s.speedup.processes", "speed.2s.speedup.processes.standby"), withGoals);
    }
}
