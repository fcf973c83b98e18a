package org.proclab.lesson.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OutcomeGraderTest {

    @Test
    void lockNoneWithTheDefaultsGradesEveryKindOfOutcome() {
        OutcomeGrader none = OutcomeGrader.forLockChapter("none", 1000, 2);
        assertEquals(4000, none.expected());
        assertEquals(4, none.minimum(), "worker-1's last read saw worker-2's first write: 1 + 3");
        assertTrue(none.racy());
        assertEquals(Grade.EXPECTED, none.grade(4000));
        assertEquals(Grade.INTERESTING, none.grade(3999));
        assertEquals(Grade.INTERESTING, none.grade(2000));
        assertEquals(Grade.INTERESTING, none.grade(4));
        assertEquals(Grade.FORBIDDEN, none.grade(3));
        assertEquals(Grade.FORBIDDEN, none.grade(0));
        assertEquals(Grade.FORBIDDEN, none.grade(-4000));
        assertEquals(Grade.FORBIDDEN, none.grade(4001));
    }

    @Test
    void everyLockingModeAllowsOnlyTheExpectedTotal() {
        for (String mode : new String[] {"loop", "each", "atomic"}) {
            OutcomeGrader locked = OutcomeGrader.forLockChapter(mode, 1000, 2);
            assertEquals(4000, locked.minimum(), mode);
            assertFalse(locked.racy(), mode);
            assertEquals(Grade.EXPECTED, locked.grade(4000), mode);
            assertEquals(Grade.FORBIDDEN, locked.grade(3999), mode);
            assertEquals(Grade.FORBIDDEN, locked.grade(4001), mode);
            assertEquals(Grade.FORBIDDEN, locked.grade(4), mode);
        }
    }

    @Test
    void smallestFinalValueDependsOnIterationsAndWorkers() {
        assertEquals(1, OutcomeGrader.forLockChapter("none", 1, 2).minimum());
        assertEquals(2, OutcomeGrader.forLockChapter("none", 2, 2).minimum());
        assertEquals(3, OutcomeGrader.forLockChapter("none", 3, 2).minimum());
        assertEquals(4, OutcomeGrader.forLockChapter("none", 4, 2).minimum());
        assertEquals(4, OutcomeGrader.forLockChapter("none", 1_000_000, 8).minimum());
        assertEquals(8 * 8 * 1000, OutcomeGrader.forLockChapter("none", 1000, 8).expected());
        OutcomeGrader alone = OutcomeGrader.forLockChapter("none", 1000, 1);
        assertEquals(1000, alone.minimum(), "one worker has nobody to race with");
        assertFalse(alone.racy());
        assertEquals(Grade.FORBIDDEN, alone.grade(999));
    }

    /** The bound is exact: every interleaving of small runs, enumerated, reaches it and never goes below. */
    @Test
    void theMinimumIsExactlyWhatAllInterleavingsReach() {
        int[][] cases = {{1, 2}, {2, 2}, {3, 2}, {4, 2}, {5, 2}, {1, 3}, {2, 3}};
        for (int[] c : cases) {
            int iterations = c[0];
            int workers = c[1];
            OutcomeGrader grader = OutcomeGrader.forLockChapter("none", iterations, workers);
            TreeSet<Long> reachable = new TreeSet<>();
            explore(new int[workers], new long[workers], 0, iterations, reachable, new HashSet<>());
            assertEquals(grader.minimum(), reachable.first(), iterations + "x" + workers + ": " + reachable);
            assertEquals(grader.expected(), reachable.last(), iterations + "x" + workers);
            for (long value : reachable) {
                assertFalse(grader.grade(value) == Grade.FORBIDDEN, value + " is reachable");
            }
        }
    }

    /**
     * Depth-first over every interleaving: worker k's step counter is even before a read, odd before its write.
     * {@code seen} holds what each worker read; states already explored are skipped.
     */
    private static void explore(int[] steps, long[] seen, long value, int iterations, Set<Long> finals,
                                Set<String> visited) {
        if (!visited.add(java.util.Arrays.toString(steps) + java.util.Arrays.toString(seen) + value)) {
            return;
        }
        boolean any = false;
        for (int k = 0; k < steps.length; k++) {
            if (steps[k] == 2 * iterations) {
                continue;
            }
            any = true;
            int[] nextSteps = steps.clone();
            long[] nextSeen = seen.clone();
            long nextValue = value;
            if (steps[k] % 2 == 0) {
                nextSeen[k] = value;
            } else {
                nextValue = seen[k] + 2L * (k + 1) - 1;
            }
            nextSteps[k]++;
            explore(nextSteps, nextSeen, nextValue, iterations, finals, visited);
        }
        if (!any) {
            finals.add(value);
        }
    }

    @Test
    void paramsOfTheLockChapterGiveAGraderOthersDoNot() {
        Optional<OutcomeGrader> grader = OutcomeGrader.forParams(
                Map.of("lock", "each", "iterations", "20", "delay", "50", "workers", "3"));
        assertEquals(Optional.of(new OutcomeGrader("each", 180, 180)), grader);
        assertEquals(4, OutcomeGrader.forParams(Map.of("lock", "none", "iterations", "7")).orElseThrow().minimum(),
                "two workers when the parameter is absent");
        assertTrue(OutcomeGrader.forParams(Map.of("n", "1000", "workers", "2")).isEmpty());
        assertTrue(OutcomeGrader.forParams(Map.of("lock", "maybe", "iterations", "7")).isEmpty());
        assertTrue(OutcomeGrader.forParams(Map.of("lock", "none", "iterations", "many")).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> OutcomeGrader.forLockChapter("none", 0, 2));
        assertThrows(IllegalArgumentException.class, () -> OutcomeGrader.forLockChapter("semaphore", 1, 2));
    }

    @Test
    void histogramCountsSharesAndGradesEachOutcome() {
        OutcomeHistogram histogram = new OutcomeHistogram(OutcomeGrader.forLockChapter("none", 10, 2));
        assertEquals(Grade.EXPECTED, histogram.add(40));
        assertEquals(Grade.INTERESTING, histogram.add(37));
        histogram.add(40);
        histogram.add(40);
        assertEquals(Grade.FORBIDDEN, histogram.add(41));

        assertEquals(5, histogram.total());
        assertEquals(java.util.List.of(
                new OutcomeHistogram.Bar(37, 1, 20.0, Grade.INTERESTING),
                new OutcomeHistogram.Bar(40, 3, 60.0, Grade.EXPECTED),
                new OutcomeHistogram.Bar(41, 1, 20.0, Grade.FORBIDDEN)), histogram.bars());
        assertEquals(3, histogram.count(Grade.EXPECTED));
        assertEquals(1, histogram.count(Grade.FORBIDDEN));
        assertEquals(Map.of(37L, 1, 40L, 3, 41L, 1), histogram.counts());
        assertEquals("interesting", Grade.INTERESTING.key());
        assertEquals(Grade.FORBIDDEN, Grade.fromKey("forbidden"));
    }
}
