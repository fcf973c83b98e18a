package org.proclab.runtime.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.ipc.NumberList;

class ResultGathererTest {

    private static List<Object> gather(Object... results) {
        ResultGatherer gatherer = new ResultGatherer(results.length);
        for (int i = 0; i < results.length; i++) {
            gatherer.put(i, results[i]);
        }
        return gatherer.list();
    }

    @Test
    void numbersOfOneTypeStayInOneArray() {
        List<Object> longs = gather(0L, 1L, 4L, Long.MAX_VALUE);
        assertTrue(longs instanceof NumberList);
        assertEquals(List.of(0L, 1L, 4L, Long.MAX_VALUE), longs);
        assertEquals(List.of(-1, 7), gather(-1, 7));
        assertTrue(gather(-1, 7) instanceof NumberList);
        assertEquals(List.of(0.5, -0.0), gather(0.5, -0.0));
    }

    @Test
    void theFirstResultOfAnotherTypeBoxesTheOnesBeforeIt() {
        List<Object> mixed = gather(1L, 2L, 3, null, "four", 5L);
        assertFalse(mixed instanceof NumberList);
        assertEquals(Arrays.asList(1L, 2L, 3, null, "four", 5L), mixed);
        assertEquals(Long.class, mixed.get(0).getClass());
        assertEquals(Integer.class, mixed.get(2).getClass());
    }

    @Test
    void aListThatDoesNotStartWithANumberIsBoxedFromTheStart() {
        assertEquals(Arrays.asList(null, 1L), gather(null, 1L));
        assertEquals(List.of("a", "b"), gather("a", "b"));
        List<Object> nested = gather(new ArrayList<>(List.of(1)), 2);
        assertEquals(List.of(List.of(1), 2), nested);
    }

    @Test
    void noResults() {
        assertEquals(List.of(), gather());
    }
}
