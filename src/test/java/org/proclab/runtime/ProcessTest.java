package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

class ProcessTest {
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private AutoCloseable subscription;

    @BeforeEach
    void listen() {
        subscription = ProcessContext.events().subscribe(events::add);
    }

    @AfterEach
    void cleanUp() throws Exception {
        subscription.close();
        Leftovers.assertNone();
    }

    static void add(Queue<Long> q, Long a, Long b) {
        q.put(a + b);
        q.put(ProcessHandle.current().pid());
    }

    @Test
    void runsTargetWithTwoArgumentsInANewJvm() {
        Queue<Long> q = new Queue<>();
        Process p = new Process(ProcessTest::add, q, 1L, 2L);
        assertNull(p.exitCode());
        p.start();
        assertEquals(3L, q.get(Duration.ofSeconds(30)));
        long childPid = q.get(Duration.ofSeconds(30));
        p.join();
        assertEquals(p.pid(), childPid);
        assertNotEquals(ProcessHandle.current().pid(), childPid);
        assertEquals(0, p.exitCode());
        assertFalse(p.isAlive());
        assertTrue(events.stream().anyMatch(e -> e.type() == EventType.PROCESS_EXITED && e.pid() == childPid
                && e.index() == 0));
    }

    @Test
    void uncaughtExceptionGivesExitCodeOneAndStderrTrace() {
        Process p = new Process(() -> {
            throw new ArithmeticException("boom");
        }).name("thrower");
        p.start();
        p.join();
        assertEquals(1, p.exitCode());
        assertTrue(p.exitReason().contains("ArithmeticException: boom"), p.exitReason());
        assertTrue(events.stream().anyMatch(e -> e.type() == EventType.OUTPUT && "stderr".equals(e.subject())
                && "thrower".equals(e.worker()) && e.text().contains("ArithmeticException: boom")));
    }

    @Test
    void terminateGivesMinusFifteenAndKillMinusNine() {
        Process sleeper = new Process(() -> Thread.sleep(60_000));
        Process victim = new Process(() -> Thread.sleep(60_000));
        sleeper.start();
        victim.start();
        assertFalse(sleeper.join(Duration.ofMillis(100)));
        assertTrue(sleeper.isAlive());
        sleeper.terminate();
        victim.kill();
        assertTrue(sleeper.join(Duration.ofSeconds(10)));
        assertTrue(victim.join(Duration.ofSeconds(10)));
        assertEquals(-15, sleeper.exitCode());
        assertEquals(-9, victim.exitCode());
    }

    @Test
    void systemExitCodeIsKept() {
        Process p = new Process(() -> System.exit(7));
        p.start();
        p.join();
        assertEquals(7, p.exitCode());
    }

    @Test
    void outputLinesAreTaggedWithTheWorker() {
        Process p = new Process(() -> {
            System.out.println("hello from the worker");
            System.out.print("no newline");
        }).name("greeter");
        p.start();
        p.join();
        List<String> lines = new ArrayList<>();
        for (Event e : events) {
            if (e.type() == EventType.OUTPUT && "greeter".equals(e.worker())) {
                lines.add(e.text());
            }
        }
        assertEquals(List.of("hello from the worker", "no newline"), lines);
    }

    @Test
    void startTwiceAndJoinBeforeStartAreClearErrors() {
        Process p = new Process(() -> { });
        assertThrows(IllegalStateException.class, p::join);
        p.start();
        IllegalStateException again = assertThrows(IllegalStateException.class, p::start);
        assertTrue(again.getMessage().contains("already started"));
        p.join();
    }

    @Test
    void unserializableArgumentIsRejectedBeforeSpawning() {
        Process p = new Process(ProcessTest::useThread, new Thread());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, p::start);
        assertTrue(e.getMessage().contains("cannot be sent"), e.getMessage());
    }

    static void useThread(Thread t) {
        t.start();
    }
}
