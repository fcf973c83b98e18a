package org.proclab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proclab.host.wire.HostMessage;

/** A run host started ahead waits for its command; a run takes it, and stopping or closing leaves nothing. */
class ReadyHostTest {
    private final LinkedBlockingQueue<HostMessage> messages = new LinkedBlockingQueue<>();
    private final ReadyHosts ready = new ReadyHosts("test-host");

    @AfterEach
    void nothingLeft() throws InterruptedException {
        ready.close();
        long deadline = System.currentTimeMillis() + 5_000;
        while (ProcessHandle.current().descendants().anyMatch(ProcessHandle::isAlive)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(List.of(), ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid).toList());
    }

    @Test
    void aRunIsCarriedOutByTheHostThatWasWaitingAndANewOneIsReadiedAfterIt() throws Exception {
        HostSession session = new HostSession("test-host", messages::add, RunHost::start, ready);
        long waiting = awaitWaitingHost();

        assertTrue(session.start(HostCommand.forLesson("process", Map.of("a", "20", "b", "22")), false, List.of()));

        assertEquals(new HostMessage.Started(waiting), next(HostMessage.Started.class));
        HostMessage.Result result = next(HostMessage.Result.class);
        assertTrue(result.result().ok(), result.toString());
        assertEquals(Map.of("a", "20", "b", "22", "start", "spawn"), result.result().params());
        assertEquals(0, next(HostMessage.Exited.class).exitCode());
        long nextHost = awaitWaitingHost();
        assertNotEquals(waiting, nextHost, "the next run gets a fresh host");
    }

    @Test
    void stoppingARunOnAReadyHostEndsItAndItsWorkers() throws Exception {
        HostSession session = new HostSession("test-host", messages::add, RunHost::start, ready);
        long waiting = awaitWaitingHost();
        session.start(HostCommand.forLesson("intro", Map.of("workers", "2", "millis", "10000")), false, List.of());
        assertEquals(new HostMessage.Started(waiting), next(HostMessage.Started.class));
        int started = 0;
        while (started < 2) {
            HostMessage m = messages.poll(60, TimeUnit.SECONDS);
            if (m instanceof HostMessage.EventLine && ((HostMessage.EventLine) m).event().type().name()
                    .equals("PROCESS_STARTED")) {
                started++;
            }
            assertTrue(m != null, "two workers started");
        }
        session.stop();
        HostMessage.Exited exited = next(HostMessage.Exited.class);
        assertTrue(exited.stopped());
        assertEquals(0, exited.survivors());
    }

    private long awaitWaitingHost() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (ready.waitingPid() < 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(ready.waitingPid() > 0, "a host is waiting");
        return ready.waitingPid();
    }

    private <T extends HostMessage> T next(Class<T> type) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            HostMessage m = messages.poll(1, TimeUnit.SECONDS);
            if (type.isInstance(m)) {
                return type.cast(m);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within a minute");
    }
}
