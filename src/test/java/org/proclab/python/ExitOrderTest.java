package org.proclab.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

class ExitOrderTest {
    private static Event event(EventType type, long pid) {
        return new Event(type, 1, "worker-1", pid, null, type == EventType.PROCESS_EXITED ? 0 : -1, null, null, null);
    }

    @Test
    void anExitWaitsUntilTheProcessesOwnConnectionHasEnded() {
        ExitOrder order = new ExitOrder();
        order.opened(7);
        Event exit = event(EventType.PROCESS_EXITED, 7);
        assertTrue(order.hold(exit));
        assertFalse(order.hold(event(EventType.LOCK_ACQUIRED, 7)));
        assertEquals(List.of(), order.closed(8));
        assertEquals(List.of(exit), order.closed(7));
        assertFalse(order.hold(event(EventType.PROCESS_EXITED, 7)), "no connection open any more: passed on");
    }

    @Test
    void whatIsStillHeldWhenTheRunEndsIsReleased() {
        ExitOrder order = new ExitOrder();
        order.opened(7);
        Event exit = event(EventType.PROCESS_EXITED, 7);
        order.hold(exit);
        assertEquals(List.of(exit), order.releaseAll());
        assertEquals(List.of(), order.releaseAll());
    }
}
