package org.proclab.runtime.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strings are UTF-16 in Java: every one, well formed or not, must come back unchanged. */
class ItemCodecStringTest {
    private static Object roundTrip(Object item) throws IOException {
        PayloadWriter out = new PayloadWriter();
        ItemCodec.write(out, item);
        return ItemCodec.read(new PayloadReader(out.toByteArray()));
    }

    @Test
    void loneSurrogatesAnywhereSurvive() throws IOException {
        for (String s : List.of("a\uD800b", "\uD800", "\uDFFF", "x\uDC00\uD800y", "end\uD83D", "\uDE00start",
                "", "plain", "✓ 中文", "\uD83D\uDE00 pair")) {
            assertEquals(s, roundTrip(s));
            assertEquals(List.of(s, 1), roundTrip(List.of(s, 1)));
        }
    }

    @Test
    void wellFormedStringsKeepTheCompactUtf8Form() {
        PayloadWriter ascii = new PayloadWriter();
        ItemCodec.write(ascii, "abc");
        assertEquals(1 + 4 + 3, ascii.length());
        PayloadWriter lone = new PayloadWriter();
        ItemCodec.write(lone, "a\uD800b");
        assertEquals(1 + 4 + 6, lone.length());
    }

    @Test
    void copyGivesAnEqualButSeparateValue() {
        List<Integer> original = new java.util.ArrayList<>(List.of(1, 2));
        Object copy = ItemCodec.copy(original);
        original.add(3);
        assertEquals(List.of(1, 2), copy);
    }
}
