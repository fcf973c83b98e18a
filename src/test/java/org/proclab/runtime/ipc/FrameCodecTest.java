package org.proclab.runtime.ipc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

class FrameCodecTest {
    @Test
    void framesRoundTripInOrderThroughTheWriter() throws Exception {
        ByteArrayOutputStream pipe = new ByteArrayOutputStream();
        try (FrameWriter writer = new FrameWriter(pipe, "test-flusher")) {
            for (int i = 0; i < 10_000; i++) {
                writer.send(FrameType.QUEUE_PUT, item(new PayloadWriter().writeLong(i), i).toByteArray());
            }
            writer.flush();
        }
        FrameReader reader = new FrameReader(new ByteArrayInputStream(pipe.toByteArray()));
        for (int i = 0; i < 10_000; i++) {
            Frame f = reader.read();
            assertEquals(FrameType.QUEUE_PUT, f.type());
            PayloadReader in = f.data();
            assertEquals(i, in.readLong());
            assertEquals(i, ItemCodec.read(in));
        }
        assertNull(reader.read());
    }

    @Test
    void itemsKeepTheirTypes() throws Exception {
        List<Object> items = Arrays.asList(null, 1, 2L, 3.5, 1.5f, "s", true, new BigInteger("123456789012345678901234567890"),
                List.of(1, List.of("nested")), new int[] {1, 2});
        PayloadWriter w = new PayloadWriter();
        for (Object item : items) {
            ItemCodec.write(w, item);
        }
        PayloadReader in = new PayloadReader(w.toByteArray());
        for (Object item : items.subList(0, items.size() - 1)) {
            assertEquals(item, ItemCodec.read(in));
        }
        assertArrayEquals(new int[] {1, 2}, (int[]) ItemCodec.read(in));
        assertThrows(MalformedFrameException.class, () -> ItemCodec.read(in));
    }

    @Test
    void listsOfOneTypeRoundTripAndMixedListsKeepEveryType() throws Exception {
        List<List<?>> lists = List.of(List.of(1, -2, Integer.MAX_VALUE), List.of(1L, Long.MIN_VALUE), List.of(0.5, -1e300),
                Arrays.asList(1, 2L, null, "x"), List.of());
        PayloadWriter w = new PayloadWriter();
        for (List<?> list : lists) {
            ItemCodec.writeList(w, list);
        }
        PayloadReader in = new PayloadReader(w.toByteArray());
        for (List<?> list : lists) {
            assertEquals(list, ItemCodec.readList(in));
        }
        assertEquals(0, in.remaining());
    }

    @Test
    void impossibleLengthIsReportedAsMalformed() {
        byte[] garbage = "this is not a frame at all".getBytes();
        FrameReader reader = new FrameReader(new ByteArrayInputStream(garbage));
        assertThrows(MalformedFrameException.class, reader::read);
    }

    @Test
    void eventsRoundTrip() throws Exception {
        Event e = new Event(EventType.VALUE_WRITE, 123456789L, "w", 42, "counter", -1, "5", "6", null);
        Event back = EventCodec.decode(new PayloadReader(EventCodec.encode(e)), "w", 42);
        assertEquals(e, back);
    }

    private static PayloadWriter item(PayloadWriter out, Object item) {
        ItemCodec.write(out, item);
        return out;
    }
}
