package org.proclab.viz.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.lesson.outcome.Grade;
import org.proclab.lesson.outcome.OutcomeGrader;
import org.proclab.lesson.outcome.OutcomeHistogram;
import org.proclab.viz.outcome.OutcomeBins.Bin;

class OutcomeBinsTest {
    @Test
    void fewOutcomesGetABarEach() {
        OutcomeHistogram h = new OutcomeHistogram(OutcomeGrader.forLockChapter("none", 10, 2));
        h.add(37);
        h.add(40);
        assertEquals(List.of(new Bin(37, 37, 1, 50.0, Grade.INTERESTING), new Bin(40, 40, 1, 50.0, Grade.EXPECTED)),
                OutcomeBins.of(h.bars(), 4));
        assertEquals("37", OutcomeBins.of(h.bars(), 4).get(0).label());
    }

    @Test
    void manyOutcomesShareRangesButExpectedAndForbiddenStandAlone() {
        OutcomeHistogram h = new OutcomeHistogram(OutcomeGrader.forLockChapter("none", 1000, 2));
        for (long v : new long[] {1000, 1001, 1500, 1999, 2000, 2999, 3000, 4000, 4000, 4001}) {
            h.add(v);
        }
        List<Bin> bins = OutcomeBins.of(h.bars(), 4);
        assertEquals(List.of(
                new Bin(1000, 2000, 5, 50.0, Grade.INTERESTING),
                new Bin(2001, 3000, 2, 20.0, Grade.INTERESTING),
                new Bin(4000, 4000, 2, 20.0, Grade.EXPECTED),
                new Bin(4001, 4001, 1, 10.0, Grade.FORBIDDEN)), bins);
        assertEquals("1000\u20132000", bins.get(0).label());
    }
}
