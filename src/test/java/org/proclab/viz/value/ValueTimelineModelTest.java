package org.proclab.viz.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

class ValueTimelineModelTest {
    private long t;

    private Event ev(EventType type, String worker, String old, String now) {
        return new Event(type, ++t, worker, 1, "counter", -1, old, now, null);
    }

    private Event at(long nanos, EventType type, String worker, String old, String now) {
        return new Event(type, nanos, worker, 1, "counter", -1, old, now, null);
    }

    @Test
    void aWriteOverAnUnseenUpdateIsLostAndTheCountersShowIt() {
        ValueTimelineModel m = new ValueTimelineModel();
        m.accept(ev(EventType.VALUE_READ, "w1", null, "0"));
        m.accept(ev(EventType.VALUE_READ, "w2", null, "0"));
        ValueOp vanished = m.accept(ev(EventType.VALUE_WRITE, "w1", "0", "1"));
        assertFalse(vanished.overwrote());
        ValueOp stale = m.accept(ev(EventType.VALUE_WRITE, "w2", "1", "3"));
        assertTrue(stale.overwrote());
        assertEquals("0", stale.seen());
        ValueTimelineModel.Track t = m.track("counter").orElseThrow();
        // The update that vanished is w1's write of 1, not the write of 3 that survives in memory.
        assertTrue(t.isLost(vanished));
        assertFalse(t.isLost(stale));
        assertEquals(stale, t.lostTo(vanished).orElseThrow());
        assertEquals(java.util.List.of(vanished), t.erasedBy(stale));
        // w2 wrote 3 itself, so writing over its own value is not a loss.
        m.accept(ev(EventType.VALUE_WRITE, "w2", "3", "6"));
        ValueTimelineModel.Track track = m.track("counter").orElseThrow();
        assertEquals(1, track.lostWrites());
        assertEquals(3, track.writes());
        assertEquals("6", track.current());
        assertEquals(0, new BigDecimal("7").compareTo(track.runningExpected().orElseThrow()));
        assertEquals(java.util.List.of("w1", "w2"), track.workers());
    }

    @Test
    void aLateArrivingWriteInsideTheStaleGapIsMarkedLostToo() {
        ValueTimelineModel m = new ValueTimelineModel();
        m.accept(at(10, EventType.VALUE_READ, "w1", null, "10"));
        ValueOp stale = m.accept(at(40, EventType.VALUE_WRITE, "w1", "13", "11"));
        // w2's events reach the parent after w1's: its read at 20 and write at 30 fell between w1's read and write.
        m.accept(at(20, EventType.VALUE_READ, "w2", null, "10"));
        ValueOp late = m.accept(at(30, EventType.VALUE_WRITE, "w2", "10", "13"));
        m.accept(at(45, EventType.VALUE_READ, "w2", null, "11"));
        ValueOp after = m.accept(at(50, EventType.VALUE_WRITE, "w2", "11", "14"));
        ValueTimelineModel.Track t = m.track("counter").orElseThrow();
        assertTrue(t.isLost(late));
        assertEquals(stale, t.lostTo(late).orElseThrow());
        assertFalse(t.isLost(stale));
        assertFalse(t.isLost(after), "written after the stale write, it is not erased by it");
        assertEquals(1, t.lostWrites());
    }

    @Test
    void everyUpdateWrittenSinceTheStaleReadVanishesWithIt() {
        ValueTimelineModel m = new ValueTimelineModel();
        m.accept(at(1, EventType.VALUE_READ, "w1", null, "0"));
        m.accept(at(2, EventType.VALUE_READ, "w2", null, "0"));
        ValueOp first = m.accept(at(3, EventType.VALUE_WRITE, "w2", "0", "3"));
        m.accept(at(4, EventType.VALUE_READ, "w2", null, "3"));
        ValueOp second = m.accept(at(5, EventType.VALUE_WRITE, "w2", "3", "6"));
        ValueOp stale = m.accept(at(6, EventType.VALUE_WRITE, "w1", "6", "1"));
        ValueTimelineModel.Track t = m.track("counter").orElseThrow();
        assertEquals(java.util.List.of(first, second), t.erasedBy(stale));
        assertEquals(2, t.lostWrites());
        assertEquals("1", t.current());
    }

    @Test
    void atomicUpdatesAndLockedReadWritesNeverLose() {
        ValueTimelineModel m = new ValueTimelineModel();
        m.accept(ev(EventType.VALUE_ATOMIC, "w1", "0", "1"));
        m.accept(ev(EventType.VALUE_ATOMIC, "w2", "1", "4"));
        m.accept(ev(EventType.VALUE_READ, "w1", null, "4"));
        m.accept(ev(EventType.VALUE_WRITE, "w1", "4", "5"));
        ValueTimelineModel.Track track = m.track("counter").orElseThrow();
        assertEquals(0, track.lostWrites());
        assertEquals(0, new BigDecimal("5").compareTo(track.runningExpected().orElseThrow()));
        assertEquals("5", track.current());
    }

    @Test
    void arrayElementsAreTheirOwnSubjectsAndOtherEventsAreIgnored() {
        ValueTimelineModel m = new ValueTimelineModel();
        m.accept(new Event(EventType.VALUE_WRITE, 1, "main", 1, "array-1", 2, "3", "9", null));
        m.accept(new Event(EventType.VALUE_WRITE, 2, "main", 1, "counter", -1, "1.5", "2.5", null));
        m.accept(new Event(EventType.VALUE_WRITE, 3, "main", 1, "counter", -1, "2.5", "3.5", null));
        assertEquals(null, m.accept(new Event(EventType.OUTPUT, 4, "main", 1, "stdout", -1, null, null, "x")));
        assertEquals(java.util.List.of("array-1[2]", "counter"), m.subjects());
        assertEquals("counter", m.mainSubject().orElseThrow());
    }
}
