package org.proclab.runtime.ipc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists of one number type travel as a bulk block; every value, extremes and NaN bits included, comes back. */
class ItemCodecListTest {
    private static List<Object> roundTrip(List<?> list) throws IOException {
        PayloadWriter out = new PayloadWriter();
        ItemCodec.writeList(out, list);
        return ItemCodec.readList(new PayloadReader(out.toByteArray()));
    }

    @Test
    void typedListsKeepEveryValueAndOrder() throws IOException {
        List<Integer> ints = List.of(Integer.MIN_VALUE, -1, 0, 1, 0x01020304, Integer.MAX_VALUE);
        List<Long> longs = List.of(Long.MIN_VALUE, -1L, 0L, 0x0102030405060708L, Long.MAX_VALUE);
        assertEquals(ints, roundTrip(ints));
        assertEquals(longs, roundTrip(longs));
        assertEquals(List.of(), roundTrip(List.of()));
    }

    @Test
    void doublesKeepTheirRawBits() throws IOException {
        double oddNaN = Double.longBitsToDouble(0x7ff8_0000_dead_beefL);
        List<Object> back = roundTrip(List.of(-0.0, 0.0, oddNaN, Double.MIN_VALUE, Double.NEGATIVE_INFINITY));
        long[] expected = {Double.doubleToRawLongBits(-0.0), 0L, 0x7ff8_0000_dead_beefL,
            Double.doubleToRawLongBits(Double.MIN_VALUE), Double.doubleToRawLongBits(Double.NEGATIVE_INFINITY)};
        long[] actual = back.stream().mapToLong(d -> Double.doubleToRawLongBits((Double) d)).toArray();
        assertArrayEquals(expected, actual);
    }

    @Test
    void aTypedBlockIsFourOrEightBytesAnItemAndTheSameAsSingleWrites() throws IOException {
        PayloadWriter bulk = new PayloadWriter();
        ItemCodec.writeList(bulk, List.of(1L, -2L, 3L));
        assertEquals(1 + 4 + 3 * 8, bulk.length());
        PayloadReader in = new PayloadReader(bulk.toByteArray());
        in.readByte();
        assertEquals(3, in.readInt());
        assertEquals(1L, in.readLong());
        assertEquals(-2L, in.readLong());
        assertEquals(3L, in.readLong());
    }

    @Test
    void mixedListsAndSubListsComeBackAsMutableArrayLists() throws IOException {
        List<Object> mixed = new ArrayList<>(Arrays.asList(1, 2L, null, "x", 3.5, List.of(1, 2)));
        List<Object> back = roundTrip(mixed);
        assertEquals(mixed, back);
        assertEquals(ArrayList.class, back.getClass());
        back.add("more");
        List<Long> view = new ArrayList<>(List.of(5L, 6L, 7L, 8L)).subList(1, 3);
        assertEquals(List.of(6L, 7L), roundTrip(view));
    }

    @Test
    void aTruncatedBlockIsMalformedNotGarbage() {
        PayloadWriter out = new PayloadWriter();
        ItemCodec.writeList(out, List.of(1L, 2L, 3L));
        byte[] cut = Arrays.copyOf(out.toByteArray(), out.length() - 1);
        assertThrows(MalformedFrameException.class, () -> ItemCodec.readList(new PayloadReader(cut)));
    }

    @Test
    void shortAndLongRunsAreTheSameBytesAsSingleWritesAndBothCatchATruncation() throws IOException {
        double oddNaN = Double.longBitsToDouble(0x7ff8_0000_dead_beefL);
        // Up to PayloadWriter.SMALL_RUN items go number by number, more through a buffer view: both sides of it.
        for (int n : new int[] {1, PayloadWriter.SMALL_RUN, PayloadWriter.SMALL_RUN + 1, 100}) {
            List<Integer> ints = new ArrayList<>();
            List<Long> longs = new ArrayList<>();
            List<Double> doubles = new ArrayList<>();
            PayloadWriter single = new PayloadWriter();
            for (int i = 0; i < n; i++) {
                ints.add(i * 0x01010101 - 7);
                longs.add((long) i << 40 | i);
                doubles.add(i % 3 == 0 ? oddNaN : -i / 3.0);
            }
            for (int v : ints) {
                single.writeInt(v);
            }
            for (long v : longs) {
                single.writeLong(v);
            }
            for (double v : doubles) {
                single.writeLong(Double.doubleToRawLongBits(v));
            }
            PayloadWriter runs = new PayloadWriter();
            runs.writeInts(ints.stream().mapToInt(Integer::intValue).toArray(), n);
            runs.writeLongs(longs.stream().mapToLong(Long::longValue).toArray(), n);
            runs.writeDoubles(doubles.stream().mapToDouble(Double::doubleValue).toArray(), n);
            assertArrayEquals(single.toByteArray(), runs.toByteArray(), n + " items");
            PayloadReader in = new PayloadReader(runs.toByteArray());
            assertArrayEquals(ints.stream().mapToInt(Integer::intValue).toArray(), in.readInts(n));
            assertArrayEquals(longs.stream().mapToLong(Long::longValue).toArray(), in.readLongs(n));
            long[] bits = Arrays.stream(in.readDoubles(n)).mapToLong(Double::doubleToRawLongBits).toArray();
            assertArrayEquals(doubles.stream().mapToLong(Double::doubleToRawLongBits).toArray(), bits);
            for (List<?> list : List.of(ints, longs, doubles)) {
                PayloadWriter out = new PayloadWriter();
                ItemCodec.writeList(out, list);
                assertEquals(list, ItemCodec.readList(new PayloadReader(out.toByteArray())));
                byte[] cut = Arrays.copyOf(out.toByteArray(), out.length() - 1);
                assertThrows(MalformedFrameException.class, () -> ItemCodec.readList(new PayloadReader(cut)));
            }
        }
    }
}
