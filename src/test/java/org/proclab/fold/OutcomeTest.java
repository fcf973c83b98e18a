package org.proclab.fold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proclab.lesson.OutcomeSpec;

class OutcomeTest {
    private static final OutcomeSpec RACE = new OutcomeSpec("want", "got");

    @Test
    void lostIsExpectedMinusFinalFromTheDeclaredReports() {
        Outcome o = Outcome.of(RACE, Map.of("want", "4000", "got", " 3963 ", "expected", "1", "final", "1"));
        assertEquals(new Outcome(4000L, 3963L), o);
        assertEquals(37L, o.lost());
        assertEquals(Map.of("expected", 4000L, "final", 3963L, "lost", 37L), o.figures());
        assertEquals("[expected, final, lost]", o.figures().keySet().toString());
    }

    @Test
    void withoutADeclarationOrAFigureThereIsNoLoss() {
        Map<String, String> reports = Map.of("expected", "10", "final", "7");
        assertEquals(Outcome.NONE, Outcome.of(OutcomeSpec.NONE, reports));
        Outcome half = Outcome.of(RACE, Map.of("want", "10"));
        assertNull(half.lost());
        assertFalse(half.complete());
        assertEquals(Map.of(), half.figures());
        assertNull(Outcome.of(RACE, Map.of("want", "10", "got", "7.5")).finalValue(), "not a whole number");
    }
}
