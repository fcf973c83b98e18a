package org.proclab.runtime.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventJsonTest {
    @Test
    void roundTripKeepsEveryField() {
        Event e = new Event(EventType.VALUE_WRITE, 987654321L, "worker-1", 4242, "counter", 3, "5", "6", "line \"q\" 中文");
        String json = EventJson.toJson(e);
        assertTrue(json.startsWith("{\"type\":\"VALUE_WRITE\""), json);
        assertEquals(e, EventJson.fromJson(json));
    }

    @Test
    void absentFieldsStayAbsent() {
        Event e = Event.of(EventType.LOCK_WAIT, "worker-2", 7, "lock-1").withValues(null, null);
        String json = EventJson.toJson(e);
        assertTrue(!json.contains("index") && !json.contains("old"), json);
        assertEquals(e.withIndex(-1), EventJson.fromJson(json).withValues(null, null));
    }

    @Test
    void malformedLinesAreExplained() {
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class, () -> EventJson.fromJson("{oops"));
        assertTrue(notJson.getMessage().startsWith("not JSON"));
        IllegalArgumentException noType = assertThrows(IllegalArgumentException.class, () -> EventJson.fromJson("{\"a\":1}"));
        assertTrue(noType.getMessage().contains("type"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> EventJson.fromJson("{\"type\":\"NOPE\"}"));
        assertTrue(unknown.getMessage().contains("NOPE"));
    }
}
