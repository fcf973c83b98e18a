package org.proclab.python;

import org.junit.jupiter.api.Test;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TraceLineDecoderTest {

    @Test
    void anEventLineBecomesTheEventRecordAndItsCpu() {
        TraceLine line = TraceLineDecoder.decode("{\"type\":\"VALUE_WRITE\",\"t\":123,\"worker\":\"worker-1\","
                + "\"pid\":42,\"cpu\":1,\"subject\":\"counter\",\"old\":\"3\",\"new\":\"4\"}");
        assertEquals(new Event(EventType.VALUE_WRITE, 123, "worker-1", 42, "counter", -1, "3", "4", null), line.event());
        assertEquals(1, line.cpu());
        assertNull(line.error());
    }

    @Test
    void theRunnersErrorLineCarriesTheScriptLine() {
        TraceLine line = TraceLineDecoder.decode("{\"type\":\"error\",\"exception\":\"ValueError\",\"message\":\"m\","
                + "\"file\":\"/x/pool_example.py\",\"line\":34,\"traceback\":\"Traceback...\"}");
        assertEquals("ValueError: m (line 34)", line.error().summary());
        assertNull(line.event());
    }

    @Test
    void anUnknownTypeOrNonJsonIsRefusedWithTheReason() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> TraceLineDecoder.decode("{\"type\":\"NOPE\"}"));
        assertEquals("unknown event type \"NOPE\"", unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TraceLineDecoder.decode("hello"));
    }
}
