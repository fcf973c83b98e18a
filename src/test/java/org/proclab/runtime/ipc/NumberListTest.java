package org.proclab.runtime.ipc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists of numbers from another process: one array underneath, every List behaviour of an ArrayList on top. */
class NumberListTest {
    private static List<Object> roundTrip(List<?> list) throws IOException {
        PayloadWriter out = new PayloadWriter();
        ItemCodec.writeList(out, list);
        return ItemCodec.readList(new PayloadReader(out.toByteArray()));
    }

    @Test
    void numbersOfOneTypeArriveAsANumberListEqualToWhatWasSent() throws IOException {
        List<Long> longs = new ArrayList<>(List.of(1L, -2L, 1L << 40));
        List<Object> back = roundTrip(longs);

        assertInstanceOf(NumberList.class, back);
        assertEquals(longs, back);
        assertEquals(back, longs);
        assertEquals(longs.hashCode(), back.hashCode());
        assertEquals("[1, -2, 1099511627776]", back.toString());
        assertEquals(Long.class, back.get(2).getClass());
        assertEquals(Integer.class, roundTrip(List.of(7, 8)).get(0).getClass());
        assertEquals(List.of(0.5, -0.0, Double.NaN), roundTrip(List.of(0.5, -0.0, Double.NaN)));
        assertThrows(IndexOutOfBoundsException.class, () -> back.get(3));
    }

    @Test
    void itChangesLikeAnArrayListAndBoxesItselfOnlyWhenTheArrayCannotHoldTheChange() throws IOException {
        List<Object> back = roundTrip(List.of(3L, 1L, 2L));
        assertEquals(3L, back.set(0, 5L));
        Collections.sort((List) back);
        assertEquals(List.of(1L, 2L, 5L), back);

        back.set(1, "two");
        back.add(4L);
        back.remove(0);
        assertEquals(Arrays.asList("two", 5L, 4L), back);

        List<Object> other = roundTrip(List.of(1, 2, 3));
        Iterator<Object> it = other.iterator();
        it.next();
        other.add(4);
        assertThrows(ConcurrentModificationException.class, it::next);
        other.clear();
        assertEquals(List.of(), other);
    }

    @Test
    void itTravelsOnAsTheSameBlockAndSerializesAsAnArrayList() throws IOException, ClassNotFoundException {
        List<Object> back = roundTrip(List.of(1L, 2L, 3L));
        PayloadWriter fromNumbers = new PayloadWriter();
        ItemCodec.writeList(fromNumbers, back);
        PayloadWriter fromBoxed = new PayloadWriter();
        ItemCodec.writeList(fromBoxed, new ArrayList<>(List.of(1L, 2L, 3L)));
        assertArrayEquals(fromBoxed.toByteArray(), fromNumbers.toByteArray());

        Object copy = ItemCodec.deserialize(ItemCodec.serialize(back));
        assertEquals(ArrayList.class, copy.getClass());
        assertEquals(back, copy);
    }

    @Test
    void chunksOfOneTypeJoinIntoOneBlockAndAnyOtherMixIsLeftToTheCaller() throws IOException {
        List<Object> joined = NumberList.join(List.of(roundTrip(List.of(1L, 2L)), roundTrip(List.of(3L))));
        assertEquals(List.of(1L, 2L, 3L), joined);
        assertInstanceOf(NumberList.class, joined);

        assertNull(NumberList.join(List.of(roundTrip(List.of(1L)), roundTrip(List.of(1)))));
        assertNull(NumberList.join(List.of(roundTrip(List.of(1L)), new ArrayList<>(List.of(2L)))));
        List<Object> changed = roundTrip(List.of(1L));
        changed.add(2L);
        assertNull(NumberList.join(List.of(changed)));
        assertNull(NumberList.join(List.of()));
    }
}
