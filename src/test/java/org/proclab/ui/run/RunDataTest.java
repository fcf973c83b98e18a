package org.proclab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.proclab.host.wire.HostLineCodec;
import org.proclab.host.wire.HostMessage;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;
import org.proclab.viz.lanes.WorkerState;

class RunDataTest {

    @Test
    void eventsFeedEveryModelAndTheConsoleInOrder() throws Exception {
        RunData d = new RunData();
        d.lanes().hostStarted(10);
        d.apply(new HostMessage.EventLine(new Event(EventType.PROCESS_SPAWNED, 5, "worker-1", 11, null, -1, null, null, null)));
        d.apply(new HostMessage.EventLine(new Event(EventType.OUTPUT, 6, "worker-1", 11, "stdout", -1, null, null, "hi")));
        d.apply(new HostMessage.EventLine(new Event(EventType.OUTPUT, 7, "worker-1", 11, "stderr", -1, null, null, "oops")));
        d.apply(new HostMessage.Warning("not an event: x"));
        d.apply(new HostMessage.EventLine(new Event(EventType.REPORT, 8, "main", 10, "expected", -1, null, "40", null)));
        d.apply(HostLineCodec.read(
                "{\"type\":\"result\",\"lesson\":\"lock\",\"ok\":true,\"workers\":[],\"reports\":{\"final\":\"31\"}}"));
        d.apply(new HostMessage.Exited(0, false, 0));
        assertEquals(List.of("main", "worker-1"), d.lanes().lanes().stream().map(l -> l.name()).collect(Collectors.toList()));
        assertEquals(WorkerState.RUNNING, d.lanes().lanes().get(1).state());
        assertEquals(WorkerState.EXITED, d.lanes().lanes().get(0).state());
        assertEquals("40", d.reports().get("expected"));
        assertEquals("31", d.reports().get("final"));
        assertEquals(5, d.firstNanos());
        assertEquals(4, d.events());
        List<ConsoleLine> lines = d.takeNewConsoleLines();
        assertEquals(List.of(ConsoleLine.Kind.STDOUT, ConsoleLine.Kind.STDERR, ConsoleLine.Kind.WARNING),
                lines.stream().map(ConsoleLine::kind).collect(Collectors.toList()));
        assertEquals(0, d.takeNewConsoleLines().size());
    }
}
