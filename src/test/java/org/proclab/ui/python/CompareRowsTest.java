package org.proclab.ui.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.proclab.host.wire.HostMessage;
import org.proclab.host.wire.HostResult;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

class CompareRowsTest {
    private static Event event(EventType type, long t, String worker, long pid) {
        return new Event(type, t, worker, pid, null, -1, null, null, null);
    }

    private static RunFigures run(long spawnedAt, long firstOwnAt, Map<String, String> reports, long millis) {
        RunFigures f = new RunFigures();
        // A worker's own event may arrive before its parent's PROCESS_SPAWNED (one connection per process).
        f.accept(new HostMessage.EventLine(event(EventType.PROCESS_STARTED, firstOwnAt, "worker-1", 7)));
        f.accept(new HostMessage.EventLine(event(EventType.OUTPUT, firstOwnAt + 5_000_000, "worker-1", 7)));
        f.accept(new HostMessage.EventLine(event(EventType.PROCESS_SPAWNED, spawnedAt, "worker-1", 7)));
        f.accept(new HostMessage.EventLine(event(EventType.PROCESS_EXITED, firstOwnAt - 1, "worker-1", 7)));
        f.accept(new HostMessage.EventLine(event(EventType.OUTPUT, 1, "main", 3)));
        f.accept(new HostMessage.Result(HostResult.single("lock", true, null, millis, Map.of(),
                List.of(new HostResult.WorkerSummary("worker-1", 7, 0)), reports, Map.of())));
        f.accept(new HostMessage.Exited(0, false, 0));
        return f;
    }

    @Test
    void startUpIsStartToTheWorkersFirstOwnEventAndTimesGetARatio() {
        RunFigures java = run(1_000_000_000L, 1_060_000_000L, Map.of("lost", "0", "plain_ms", "20.0"), 400);
        RunFigures python = run(5_000_000_000L, 5_003_000_000L, Map.of("lost", "0", "plain_ms", "50.0"), 200);
        assertEquals(60.0, java.startupMillis().getAsDouble(), 1e-9);
        assertEquals(3.0, python.startupMillis().getAsDouble(), 1e-9);
        Map<String, CompareRow> rows = CompareRows.build(java, python, key -> key).stream()
                .collect(Collectors.toMap(CompareRow::key, r -> r));
        assertEquals(new CompareRow("lost", "lost", "0", "0", ""), rows.get("lost"));
        assertEquals(new CompareRow("plain_ms", "plain_ms", "20.0", "50.0", "2.50\u00d7"), rows.get("plain_ms"));
        assertEquals(new CompareRow("@startup_ms", "@startup_ms", "60.0", "3.0", "0.050\u00d7"), rows.get("@startup_ms"));
        assertEquals(new CompareRow("@wall_ms", "@wall_ms", "400", "200", "0.50\u00d7"), rows.get("@wall_ms"));
        assertEquals("1", rows.get("@workers").java());
        assertEquals("5", rows.get("@events").python());
    }

    @Test
    void aSweepsPerSizeFiguresAndAMissingRunLeaveNoInventedNumbers() {
        RunFigures java = run(0, 10_000_000L, Map.of("sweep:1000:plain_ms", "1.0", "plain_ms", "2.0"), 10);
        RunFigures none = new RunFigures();
        List<CompareRow> rows = CompareRows.build(java, none, key -> key);
        assertEquals(List.of("plain_ms", "@startup_ms", "@wall_ms", "@workers", "@events"),
                rows.stream().map(CompareRow::key).collect(Collectors.toList()));
        assertEquals(new CompareRow("plain_ms", "plain_ms", "2.0", "", ""), rows.get(0));
        assertEquals("", rows.get(1).python());
        assertEquals("", rows.get(2).python());
    }
}
