package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A Java string is UTF-16 and may hold a lone surrogate; it must travel unchanged, as a Python str does. */
class LoneSurrogateTest {
    private static final String LONE = "a\uD800b";
    private static final String LOW_FIRST = "\uDC00x\uD83D";
    private static final String PAIR = "\uD83D\uDE00 ok";

    @AfterEach
    void noLeftovers() {
        Leftovers.assertNone();
    }

    @Test
    void loneSurrogatesComeBackUnchangedThroughAQueue() {
        Queue<String> down = new Queue<>();
        Queue<String> up = new Queue<>();
        Process echo = new Process((Queue<String> in, Queue<String> out) -> {
            for (int i = 0; i < 3; i++) {
                out.put(in.get());
            }
            out.put("a" + (char) 0xD800 + "b");
        }, down, up);
        echo.start();
        down.put(LONE);
        down.put(LOW_FIRST);
        down.put(PAIR);
        assertEquals(LONE, up.get(Duration.ofSeconds(60)));
        assertEquals(LOW_FIRST, up.get(Duration.ofSeconds(60)));
        assertEquals(PAIR, up.get(Duration.ofSeconds(60)));
        assertEquals(LONE, up.get(Duration.ofSeconds(60)));
        echo.join();
    }

    @Test
    void loneSurrogatesComeBackUnchangedAsPoolArgumentsAndResults() {
        try (Pool pool = new Pool(1)) {
            List<String> back = pool.map((String s) -> s + "|" + s.length(), List.of(LONE, LOW_FIRST, PAIR));
            assertEquals(List.of(LONE + "|3", LOW_FIRST + "|3", PAIR + "|5"), back);
            assertEquals(LONE, pool.applyAsync((Integer n) -> "a" + (char) 0xD800 + "b", 1).get());
        }
    }
}
