package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.EventType;

/** From what CPython's _TestEvent checks: the flag, timed waits, and a set in one process waking another. */
class EventTest {
    static final Duration LONG = Duration.ofSeconds(60);

    @AfterEach
    void noLeftovers() {
        Leftovers.assertNone();
    }

    @Test
    void flagAndTimedWaitsInOneProcess() {
        Event event = new Event();
        assertFalse(event.isSet());
        assertFalse(event.await(Duration.ZERO));
        assertFalse(event.await(Duration.ofMillis(-5)), "a negative timeout means do not wait, as in CPython");
        long start = System.nanoTime();
        assertFalse(event.await(Duration.ofMillis(100)));
        assertTrue(System.nanoTime() - start >= 100_000_000L, "a timed wait lasts at least its timeout");

        event.set();
        assertTrue(event.isSet());
        assertTrue(event.await());
        assertTrue(event.await(Duration.ZERO));
        event.clear();
        assertFalse(event.isSet());
        assertFalse(event.await(Duration.ZERO));
    }

    static void handshake(Event ready, Event go, Event done) {
        ready.set();
        go.await();
        done.set();
    }

    @Test
    void aWorkerWaitsForTheMainProcessAndTheMainProcessForTheWorker() {
        Event ready = new Event();
        Event go = new Event();
        Event done = new Event();
        Process p = new Process(EventTest::handshake, ready, go, done);
        p.start();
        assertTrue(ready.await(LONG));
        assertFalse(done.isSet(), "the worker cannot finish before go is set");
        go.set();
        assertTrue(done.await(LONG));
        p.join();
        assertEquals(0, p.exitCode());
    }

    static void waitAndReport(Event event, Queue<String> out) {
        long start = System.nanoTime();
        boolean timedOut = !event.await(Duration.ofMillis(150));
        out.put("timed out " + timedOut + " after >= 150 ms " + (System.nanoTime() - start >= 150_000_000L));
        out.put("set " + event.await(LONG));
    }

    @Test
    void oneSetWakesEveryWaitingWorkerAndTimeoutsWorkInWorkers() {
        Event event = new Event();
        Queue<String> out = new Queue<>();
        List<Process> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            all.add(new Process(EventTest::waitAndReport, event, out));
        }
        all.forEach(Process::start);
        for (int i = 0; i < 3; i++) {
            assertEquals("timed out true after >= 150 ms true", out.get(LONG));
        }
        event.set();
        for (int i = 0; i < 3; i++) {
            assertEquals("set true", out.get(LONG));
        }
        all.forEach(Process::join);
        all.forEach(p -> assertEquals(0, p.exitCode()));
    }

    @Test
    void setsAndWaitsOfWorkersAreInTheEventStream() throws Exception {
        List<org.proclab.runtime.event.Event> seen = new CopyOnWriteArrayList<>();
        Event event = new Event().name("start-signal");
        try (AutoCloseable sub = ProcessContext.events().subscribe(seen::add)) {
            Process p = new Process((Event e) -> {
                e.await();
            }, event).name("waiter");
            p.start();
            event.set();
            p.join();
        }
        List<String> waiter = seen.stream().filter(e -> "start-signal".equals(e.subject()))
                .map(e -> e.worker() + " " + e.type() + (e.newValue() == null ? "" : " " + e.newValue()))
                .collect(Collectors.toList());
        assertTrue(waiter.contains("main " + EventType.EVENT_SET + " true"), waiter.toString());
        assertTrue(waiter.contains("waiter " + EventType.EVENT_WAIT), waiter.toString());
        assertTrue(waiter.contains("waiter " + EventType.EVENT_WOKEN + " true"), waiter.toString());
    }
}
