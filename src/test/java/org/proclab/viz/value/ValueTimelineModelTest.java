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

    @Test
    void aWriteOverAnUnseenUpdateIsLostAndTheCountersShowIt() {
        ValueTimelineModel m = new ValueTimelineModel();
        m.accept(ev(EventType.VALUE_READ, "w1", null, "0"));
        m.accept(ev(EventType.VALUE_READ, "w2", null, "0"));
        assertFalse(m.accept(ev(EventType.VALUE_WRITE, "w1", "0", "1")).lost());
        ValueOp lost = m.accept(ev(EventType.VALUE_WRITE, "w2", "1", "3"));
        assertTrue(lost.lost());
        assertEquals("0", lost.seen());
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
