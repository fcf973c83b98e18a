package org.proclab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proclab.host.wire.HostMessage;

/** One host at a time, started and stopped off the caller's thread, with real child JVMs. */
class HostSessionTest {
    private final LinkedBlockingQueue<HostMessage> got = new LinkedBlockingQueue<>();

    @AfterEach
    void nothingIsLeft() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (ProcessHandle.current().descendants().anyMatch(ProcessHandle::isAlive)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count());
    }

    private HostMessage.Exited awaitExited() throws InterruptedException {
        for (;;) {
            HostMessage m = got.poll(20, TimeUnit.SECONDS);
            if (m == null) {
                throw new AssertionError("no Exited within 20 s");
            }
            if (m instanceof HostMessage.Exited) {
                return (HostMessage.Exited) m;
            }
        }
    }

    @Test
    void aRunDeliversStartedTheLinesThenExitedAndOnlyOneRunsAtATime() throws Exception {
        HostSession session = new HostSession("test-host", got::add);
        List<String> command = FakeHosts.printing("{\"type\":\"WARNING\",\"t\":1,\"worker\":\"main\",\"pid\":1,"
                + "\"text\":\"hi\"}").command("any", Map.of());

        assertTrue(session.start(command, false, List.of()));
        assertFalse(session.start(command, false, List.of()), "a second host while one runs");
        assertInstanceOf(HostMessage.Started.class, got.poll(20, TimeUnit.SECONDS));
        HostMessage.EventLine line = assertInstanceOf(HostMessage.EventLine.class, got.poll(20, TimeUnit.SECONDS));
        assertEquals("hi", line.event().text());
        HostMessage.Exited exited = awaitExited();
        assertEquals(new HostMessage.Exited(0, false, 0), exited);
        assertFalse(session.running());
        assertEquals(-1, session.pid());
        assertTrue(session.start(command, false, List.of()), "free again once the host exited");
        awaitExited();
    }

    @Test
    void linesSentBeforeAndAfterTheStartArriveInOrder() throws Exception {
        LinkedBlockingQueue<HostMessage> all = new LinkedBlockingQueue<>();
        HostSession session = new HostSession("test-host", all::add);
        session.start(FakeHosts.echoingStdin().command("any", Map.of()), true, List.of("step worker-1"));
        long deadline = System.currentTimeMillis() + 20_000;
        while (!session.send("step worker-2") && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        session.send("end");
        List<String> echoed = new ArrayList<>();
        for (HostMessage m = all.poll(20, TimeUnit.SECONDS); !(m instanceof HostMessage.Exited);
                m = all.poll(20, TimeUnit.SECONDS)) {
            if (m instanceof HostMessage.EventLine) {
                echoed.add(((HostMessage.EventLine) m).event().text());
            }
        }
        assertEquals(List.of("step worker-1", "step worker-2"), echoed);
    }

    @Test
    void aStopAskedForWhileTheHostStartsEndsItOnceItIsUp() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HostSession session = new HostSession("test-host", got::add, (command, listener, interactive) -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return RunHost.start(command, listener, interactive);
        });
        session.start(FakeHosts.spawning(2), false, List.of());
        session.stop();
        release.countDown();

        HostMessage.Exited exited = awaitExited();
        assertTrue(exited.stopped(), exited.toString());
        assertEquals(0, exited.survivors());
    }

    @Test
    void stopEndsARunningHostAndItsChildren() throws Exception {
        HostSession session = new HostSession("test-host", got::add);
        session.start(FakeHosts.spawning(2), false, List.of());
        assertInstanceOf(HostMessage.Started.class, got.poll(20, TimeUnit.SECONDS));
        assertInstanceOf(HostMessage.EventLine.class, got.poll(20, TimeUnit.SECONDS), "children spawned");
        long pid = session.pid();
        assertTrue(pid > 0);
        assertEquals(2, ProcessHandle.of(pid).orElseThrow().descendants().count());

        session.stop();

        HostMessage.Exited exited = awaitExited();
        assertTrue(exited.stopped());
        assertEquals(0, exited.survivors());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void aHostThatCannotStartSaysWhyAndStillEnds() throws Exception {
        HostSession session = new HostSession("test-host", got::add);
        session.start(List.of("/no/such/java-" + System.nanoTime()), false, List.of());

        List<HostMessage> messages = List.of(got.poll(20, TimeUnit.SECONDS), got.poll(20, TimeUnit.SECONDS));
        HostMessage.Warning warning = assertInstanceOf(HostMessage.Warning.class, messages.get(0));
        assertTrue(warning.text().startsWith("could not start the run host: "), warning.text());
        assertEquals(new HostMessage.Exited(-1, false, 0), messages.get(1));
        assertFalse(session.running());
        assertFalse(session.send("step x"));
        assertTrue(got.stream().collect(Collectors.toList()).isEmpty());
    }
}
