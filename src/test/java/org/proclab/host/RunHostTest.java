package org.proclab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.proclab.host.wire.HostLineCodec;
import org.proclab.host.wire.HostMessage;
import org.proclab.host.wire.HostResult;
import org.proclab.runtime.event.EventType;

class RunHostTest {

    @Test
    void parsesEventsResultAndKeepsBadLinesAsWarnings() {
        HostMessage event = HostLineCodec.read("{\"type\":\"VALUE_WRITE\",\"t\":5,\"worker\":\"worker-1\",\"pid\":7,"
                + "\"subject\":\"counter\",\"old\":\"1\",\"new\":\"2\"}");
        assertEquals(EventType.VALUE_WRITE, ((HostMessage.EventLine) event).event().type());
        HostMessage result = HostLineCodec.read("{\"type\":\"result\",\"lesson\":\"lock\",\"ok\":true,"
                + "\"workers\":[{\"name\":\"worker-1\",\"pid\":9,\"exitCode\":0}],\"reports\":{\"expected\":\"40\"},"
                + "\"expected\":40,\"final\":31,\"lost\":9}");
        HostResult r = ((HostMessage.Result) result).result();
        assertEquals("lock", r.lesson());
        assertEquals(9, r.number("lost").getAsLong());
        assertEquals("40", r.reports().get("expected"));
        assertEquals(0, r.workers().get(0).exitCode());
        assertEquals(new HostMessage.Repeat(3, "3963", 4000L, 3963L, "interesting", 9), HostLineCodec.read(
                "{\"type\":\"repeat\",\"run\":3,\"outcome\":\"3963\",\"expected\":4000,\"final\":3963,\"lost\":37,"
                + "\"grade\":\"interesting\",\"ms\":9}"));
        assertEquals(new HostMessage.Repeat(1, "499667166000", null, null, null, 9),
                HostLineCodec.read("{\"type\":\"repeat\",\"run\":1,\"outcome\":\"499667166000\",\"ms\":9}"));
        assertInstanceOf(HostMessage.Warning.class, HostLineCodec.read("Exception in thread main"));
        assertInstanceOf(HostMessage.Warning.class, HostLineCodec.read("{\"type\":\"NO_SUCH\"}"));
        assertInstanceOf(HostMessage.Warning.class, HostLineCodec.read("{\"type\":"));
        assertInstanceOf(HostMessage.Warning.class, HostLineCodec.read("[1,2]"));
    }

    @Test
    void deliversEveryLineInOrderThenExited() throws Exception {
        ConcurrentLinkedQueue<HostMessage> got = new ConcurrentLinkedQueue<>();
        RunHost host = RunHost.start(HostCommand.forMain(FakeRunHostMain.class.getName(), List.of(
                "{\"type\":\"OUTPUT\",\"t\":1,\"worker\":\"main\",\"pid\":1,\"subject\":\"stdout\",\"text\":\"héllo 你好\"}",
                "garbage",
                "{\"type\":\"result\",\"lesson\":\"x\",\"ok\":true,\"workers\":[],\"reports\":{}}",
                "--stderr", "oops")), got::add);
        assertTrue(host.awaitExit(Duration.ofSeconds(20)));
        List<HostMessage> messages = List.copyOf(got);
        HostMessage.EventLine first = (HostMessage.EventLine) messages.stream()
                .filter(m -> m instanceof HostMessage.EventLine).findFirst().orElseThrow();
        assertEquals("héllo 你好", first.event().text());
        List<String> warnings = messages.stream().filter(m -> m instanceof HostMessage.Warning)
                .map(m -> ((HostMessage.Warning) m).text()).collect(Collectors.toList());
        assertTrue(warnings.contains("not an event: garbage"), warnings.toString());
        assertTrue(warnings.contains("oops"), warnings.toString());
        assertTrue(messages.stream().anyMatch(m -> m instanceof HostMessage.Result));
        HostMessage.Exited exited = (HostMessage.Exited) messages.get(messages.size() - 1);
        assertEquals(0, exited.exitCode());
        assertEquals(false, exited.stopped());
    }

    @Test
    void anInteractiveHostReadsTheLinesSentToIt() throws Exception {
        ConcurrentLinkedQueue<HostMessage> got = new ConcurrentLinkedQueue<>();
        RunHost host = RunHost.start(HostCommand.forMain(FakeRunHostMain.class.getName(),
                List.of("--echo-stdin")), got::add, true);
        host.send("step worker-1");
        host.send("step worker-2");
        host.send("end");
        assertTrue(host.awaitExit(Duration.ofSeconds(20)));
        List<String> echoed = got.stream().filter(m -> m instanceof HostMessage.EventLine)
                .map(m -> ((HostMessage.EventLine) m).event().text()).collect(Collectors.toList());
        assertEquals(List.of("step worker-1", "step worker-2"), echoed);
    }

    @Test
    void stopEndsTheHostAndAllItsDescendantsWithinASecond() throws Exception {
        ConcurrentLinkedQueue<HostMessage> got = new ConcurrentLinkedQueue<>();
        RunHost host = RunHost.start(HostCommand.forMain(FakeRunHostMain.class.getName(),
                List.of("--spawn", "2")), got::add);
        long deadline = System.currentTimeMillis() + 20_000;
        while (got.stream().noneMatch(m -> m instanceof HostMessage.EventLine) && System.currentTimeMillis() < deadline) {
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
        HostMessage.Exited exited = (HostMessage.Exited) List.copyOf(got).get(got.size() - 1);
        assertTrue(exited.stopped());
        assertEquals(0, exited.survivors());
        assertEquals(0, ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count());
    }
}
