package org.proclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatsAndUnitTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3.0, Stats.of(List.of(5.0, 1.0, 3.0)).median());
        assertEquals(2.5, Stats.of(List.of(4.0, 1.0, 2.0, 3.0)).median());
        Stats s = Stats.of(List.of(9.0, 1.0, 2.0));
        assertEquals(1.0, s.min());
        assertEquals(9.0, s.max());
        assertEquals(3, s.count());
    }

    @Test
    void oneOutlierDoesNotMoveTheMedian() {
        assertEquals(0.1, Stats.of(List.of(0.1, 0.1, 5.0)).median());
    }

    @Test
    void noSamplesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Stats.of(List.of()));
    }

    @Test
    void secondsPickAReadableUnit() {
        assertEquals("2.35 s", Unit.SECONDS.format(2.345));
        assertEquals("123 ms", Unit.SECONDS.format(0.1234));
        assertEquals("20.5 ms", Unit.SECONDS.format(0.0205));
        assertEquals("410 µs", Unit.SECONDS.format(0.00041));
        assertEquals("1.70 µs", Unit.SECONDS.format(1.7e-6));
        assertEquals("47 ns", Unit.SECONDS.format(47e-9));
    }

    @Test
    void ratesAndFactors() {
        assertEquals("150 k/s", Unit.RATE.format(150_000));
        assertEquals("1.20 M/s", Unit.RATE.format(1_200_000));
        assertEquals("1.75×", Unit.FACTOR.format(1.7512));
        assertTrue(Unit.RATE.higherIsBetter());
        assertFalse(Unit.SECONDS.higherIsBetter());
    }
}
