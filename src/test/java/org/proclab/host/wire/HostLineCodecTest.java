package org.proclab.host.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/** Every line kind of the run host's protocol, written and read back by the one codec. */
class HostLineCodecTest {
    @Test
    void roundTripKeepsEveryField() {
        Event e = new Event(EventType.VALUE_WRITE, 987654321L, "worker-1", 4242, "counter", 3, "5", "6", "line \"q\" 中文");
        String json = HostLineCodec.event(e);
        assertTrue(json.startsWith("{\"type\":\"VALUE_WRITE\""), json);
        assertEquals(e, HostLineCodec.readEvent(json));
        assertEquals(new HostMessage.EventLine(e), HostLineCodec.read(json));
    }

    @Test
    void everyEventTypeRoundTrips() {
        for (EventType type : EventType.values()) {
            Event e = new Event(type, 1, "w", 2, "s", 4, null, "n", null);
            assertEquals(e, HostLineCodec.readEvent(HostLineCodec.event(e)), type.name());
        }
    }

    @Test
    void absentFieldsStayAbsent() {
        Event e = Event.of(EventType.LOCK_WAIT, "worker-2", 7, "lock-1").withValues(null, null);
        String json = HostLineCodec.event(e);
        assertTrue(!json.contains("index") && !json.contains("old"), json);
        assertEquals(e.withIndex(-1), HostLineCodec.readEvent(json).withValues(null, null));
    }

    @Test
    void malformedLinesAreExplained() {
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class,
                () -> HostLineCodec.readEvent("{oops"));
        assertTrue(notJson.getMessage().startsWith("not JSON"));
        IllegalArgumentException noType = assertThrows(IllegalArgumentException.class,
                () -> HostLineCodec.readEvent("{\"a\":1}"));
        assertTrue(noType.getMessage().contains("type"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> HostLineCodec.readEvent("{\"type\":\"NOPE\"}"));
        assertTrue(unknown.getMessage().contains("NOPE"));
    }

    @Test
    void aBadLineBecomesAWarningNeverAnException() {
        assertEquals(new HostMessage.Warning("not an event: garbage"), HostLineCodec.read("garbage"));
        assertEquals(new HostMessage.Warning("empty line from the run host"), HostLineCodec.read(" "));
        assertInstanceOf(HostMessage.Warning.class, HostLineCodec.read("[1,2]"));
        assertInstanceOf(HostMessage.Warning.class, HostLineCodec.read("{\"type\":"));
        String longLine = "x".repeat(200);
        assertEquals("not an event: " + "x".repeat(117) + "...",
                ((HostMessage.Warning) HostLineCodec.read(longLine)).text());
    }

    @Test
    void aRepetitionRoundTripsWithOrWithoutTheFigures() {
        HostMessage.Repeat graded = new HostMessage.Repeat(3, "3963", 4000L, 3963L, "interesting", 9);
        String line = HostLineCodec.repeat(graded);
        assertEquals("{\"type\":\"repeat\",\"run\":3,\"outcome\":\"3963\",\"expected\":4000,\"final\":3963,"
                + "\"lost\":37,\"grade\":\"interesting\",\"ms\":9}", line);
        assertEquals(graded, HostLineCodec.read(line));
        HostMessage.Repeat plain = new HostMessage.Repeat(1, "499667166000", null, null, null, 12);
        assertEquals("{\"type\":\"repeat\",\"run\":1,\"outcome\":\"499667166000\",\"ms\":12}",
                HostLineCodec.repeat(plain));
        assertEquals(plain, HostLineCodec.read(HostLineCodec.repeat(plain)));
        assertNull(plain.lost());
    }

    @Test
    void aSingleRunResultRoundTrips() {
        Map<String, String> reports = new LinkedHashMap<>();
        reports.put("expected", "40");
        reports.put("final", "31");
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("expected", 40L);
        figures.put("final", 31L);
        figures.put("lost", 9L);
        HostResult result = HostResult.single("lock", true, null, 120, Map.of("lock", "none"),
                List.of(new HostResult.WorkerSummary("worker-1", 9, 0), new HostResult.WorkerSummary("w2", 10, null)),
                reports, figures);
        String line = HostLineCodec.result(result);
        assertEquals("{\"type\":\"result\",\"lesson\":\"lock\",\"ok\":true,\"ms\":120,\"params\":{\"lock\":\"none\"},"
                + "\"workers\":[{\"name\":\"worker-1\",\"pid\":9,\"exitCode\":0},{\"name\":\"w2\",\"pid\":10,"
                + "\"exitCode\":null}],\"reports\":{\"expected\":\"40\",\"final\":\"31\"},\"expected\":40,"
                + "\"final\":31,\"lost\":9}", line);
        HostResult back = HostLineCodec.readResult(line);
        assertEquals(result, back.withoutRaw());
        assertEquals(9, back.number("lost").getAsLong());
        assertEquals(line, back.raw().toString());
    }

    @Test
    void aFailedRunKeepsItsError() {
        HostResult failed = HostResult.single("echo", false, "java.lang.IllegalStateException: nine", 3, Map.of(),
                List.of(), Map.of(), Map.of());
        assertEquals(failed, HostLineCodec.readResult(HostLineCodec.result(failed)).withoutRaw());
    }

    @Test
    void aRepeatedRunResultRoundTrips() {
        Map<String, Integer> histogram = new LinkedHashMap<>();
        histogram.put("3", 1);
        histogram.put("40", 3);
        Map<String, String> grades = new LinkedHashMap<>();
        grades.put("3", "forbidden");
        grades.put("40", "expected");
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("expected", 40L);
        figures.put("minimum", 4L);
        HostResult result = new HostResult("race", true, null, 77, Map.of("lock", "none"), List.of(), Map.of(),
                figures, new HostResult.Repeated(4, "none", histogram, grades), null);
        String line = HostLineCodec.result(result);
        assertEquals("{\"type\":\"result\",\"lesson\":\"race\",\"ok\":true,\"runs\":4,\"ms\":77,"
                + "\"params\":{\"lock\":\"none\"},\"lockMode\":\"none\",\"expected\":40,\"minimum\":4,"
                + "\"histogram\":{\"3\":1,\"40\":3},\"grades\":{\"3\":\"forbidden\",\"40\":\"expected\"}}", line);
        assertEquals(result, HostLineCodec.readResult(line).withoutRaw());

        HostResult ungraded = new HostResult("queue", true, null, 5, Map.of(), List.of(), Map.of(), Map.of(),
                new HostResult.Repeated(2, null, Map.of("6", 2), Map.of()), null);
        assertEquals(ungraded, HostLineCodec.readResult(HostLineCodec.result(ungraded)).withoutRaw());
    }

    @Test
    void readResultRefusesAnyOtherLine() {
        assertThrows(IllegalArgumentException.class,
                () -> HostLineCodec.readResult(HostLineCodec.event(Event.of(EventType.REPORT, "main", 1, "x"))));
    }
}
