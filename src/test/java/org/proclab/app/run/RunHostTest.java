package org.proclab.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.event.EventType;

class RunHostTest {

    @Test
    void parsesEventsResultAndKeepsBadLinesAsWarnings() {
        RunMessage event = RunHost.parse("{\"type\":\"VALUE_WRITE\",\"t\":5,\"worker\":\"worker-1\",\"pid\":7,"
                + "\"subject\":\"counter\",\"old\":\"1\",\"new\":\"2\"}");
        assertEquals(EventType.VALUE_WRITE, ((RunMessage.EventLine) event).event().type());
        RunMessage result = RunHost.parse("{\"type\":\"result\",\"lesson\":\"lock\",\"ok\":true,"
                + "\"workers\":[{\"name\":\"worker-1\",\"pid\":9,\"exitCode\":0}],\"reports\":{\"expected\":\"40\"},"
                + "\"expected\":40,\"final\":31,\"lost\":9}");
        RunResult r = ((RunMessage.Result) result).result();
        assertEquals("lock", r.lesson());
        assertEquals(9, r.number("lost").getAsLong());
        assertEquals("40", r.reports().get("expected"));
        assertEquals(0, r.workers().get(0).exitCode());
        assertEquals(new RunMessage.Repeat(3, 3963L, "interesting", "3963"), RunHost.parse("{\"type\":\"repeat\","
                + "\"run\":3,\"outcome\":\"3963\",\"expected\":4000,\"final\":3963,\"lost\":37,"
                + "\"grade\":\"interesting\",\"ms\":9}"));
        assertEquals(new RunMessage.Repeat(1, null, null, "499667166000"),
                RunHost.parse("{\"type\":\"repeat\",\"run\":1,\"outcome\":\"499667166000\",\"ms\":9}"));
        assertInstanceOf(RunMessage.Warning.class, RunHost.parse("Exception in thread main"));
        assertInstanceOf(RunMessage.Warning.class, RunHost.parse("{\"type\":\"NO_SUCH\"}"));
        assertInstanceOf(RunMessage.Warning.class, RunHost.parse("{\"type\":"));
        assertInstanceOf(RunMessage.Warning.class, RunHost.parse("[1,2]"));
    }

    @Test
    void deliversEveryLineInOrderThenExited() throws Exception {
        ConcurrentLinkedQueue<RunMessage> got = new ConcurrentLinkedQueue<>();
        RunHost host = RunHost.start(RunCommand.javaCommand(FakeRunHostMain.class.getName(), List.of(
                "{\"type\":\"OUTPUT\",\"t\":1,\"worker\":\"main\",\"pid\":1,\"subject\":\"stdout\",\"text\":\"héllo 你好\"}",
                "garbage",
                "{\"type\":\"result\",\"lesson\":\"x\",\"ok\":true,\"workers\":[],\"reports\":{}}",
                "--stderr", "oops")), got::add);
        assertTrue(host.awaitExit(Duration.ofSeconds(20)));
        List<RunMessage> messages = List.copyOf(got);
        RunMessage.EventLine first = (RunMessage.EventLine) messages.stream()
                .filter(m -> m instanceof RunMessage.EventLine).findFirst().orElseThrow();
        assertEquals("héllo 你好", first.event().text());
        List<String> warnings = messages.stream().filter(m -> m instanceof RunMessage.Warning)
                .map(m -> ((RunMessage.Warning) m).text()).collect(Collectors.toList());
        assertTrue(warnings.contains("not an event: garbage"), warnings.toString());
        assertTrue(warnings.contains("oops"), warnings.toString());
        assertTrue(messages.stream().anyMatch(m -> m instanceof RunMessage.Result));
        RunMessage.Exited exited = (RunMessage.Exited) messages.get(messages.size() - 1);
        assertEquals(0, exited.exitCode());
        assertEquals(false, exited.stopped());
    }

    @Test
    void anInteractiveHostReadsTheLinesSentToIt() throws Exception {
        ConcurrentLinkedQueue<RunMessage> got = new ConcurrentLinkedQueue<>();
        RunHost host = RunHost.start(RunCommand.javaCommand(FakeRunHostMain.class.getName(),
                List.of("--echo-stdin")), got::add, true);
        host.send("step worker-1");
        host.send("step worker-2");
        host.send("end");
        assertTrue(host.awaitExit(Duration.ofSeconds(20)));
        List<String> echoed = got.stream().filter(m -> m instanceof RunMessage.EventLine)
                .map(m -> ((RunMessage.EventLine) m).event().text()).collect(Collectors.toList());
        assertEquals(List.of("step worker-1", "step worker-2"), echoed);
    }

    @Test
    void stopEndsTheHostAndAllItsDescendantsWithinASecond() throws Exception {
        ConcurrentLinkedQueue<RunMessage> got = new ConcurrentLinkedQueue<>();
        RunHost host = RunHost.start(RunCommand.javaCommand(FakeRunHostMain.class.getName(),
                List.of("--spawn", "2")), got::add);
        long deadline = System.currentTimeMillis() + 20_000;
        while (got.stream().noneMatch(m -> m instanceof RunMessage.EventLine) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        List<ProcessHandle> tree = host.handle().descendants().collect(Collectors.toList());
        assertEquals(2, tree.size());
        long start = System.nanoTime();
        int survivors = host.stop();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, survivors);
        assertTrue(millis < 1200, "stop took " + millis + " ms");
        assertTrue(tree.stream().noneMatch(ProcessHandle::isAlive));
        assertTrue(host.awaitExit(Duration.ofSeconds(5)));
        RunMessage.Exited exited = (RunMessage.Exited) List.copyOf(got).get(got.size() - 1);
        assertTrue(exited.stopped());
        assertEquals(0, exited.survivors());
        assertEquals(0, ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count());
    }
}
