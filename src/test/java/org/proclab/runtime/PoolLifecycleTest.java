package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/** A pool's life: terminate, close and join, try-with-resources, maxtasksperchild, after CPython's tests. */
class PoolLifecycleTest {
    private static final Duration LONG = Duration.ofSeconds(60);

    @AfterEach
    void noLeftovers() {
        Leftovers.assertNone();
    }

    @Test
    void maxTasksPerChildGivesEachWorkerItsShareThenReplacesIt() {
        List<Long> pids = new ArrayList<>();
        try (Pool pool = new Pool(1, 2)) {
            for (int i = 0; i < 6; i++) {
                pids.add(pool.apply((Integer x) -> ProcessHandle.current().pid(), i));
            }
            assertEquals(List.of(0, 1, 4, 9), pool.map((Integer x) -> x * x, List.of(0, 1, 2, 3), 2));
        }
        assertEquals(pids.get(0), pids.get(1));
        assertEquals(pids.get(2), pids.get(3));
        assertEquals(pids.get(4), pids.get(5));
        assertNotEquals(pids.get(1), pids.get(2));
        assertNotEquals(pids.get(3), pids.get(4));
        assertNotEquals(pids.get(1), pids.get(4));
    }

    @Test
    void closingEarlyStillRunsEveryTaskWithMaxTasksPerChild() {
        List<AsyncResult<Integer>> results = new ArrayList<>();
        Pool pool = new Pool(1, 1);
        for (int i = 0; i < 4; i++) {
            results.add(pool.applyAsync((Integer x) -> x * 2, i));
        }
        pool.close();
        pool.join();
        List<Integer> got = new ArrayList<>();
        for (AsyncResult<Integer> r : results) {
            got.add(r.get(Duration.ZERO));
        }
        assertEquals(List.of(0, 2, 4, 6), got);
    }

    @Test
    void maxTasksPerChildMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Pool(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Pool(1, -1));
        assertThrows(IllegalArgumentException.class, () -> new Pool(-1));
    }

    @Test
    void terminateStopsRunningTasksAtOnce() {
        Pool pool = new Pool(2);
        List<AsyncResult<Integer>> sleepers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sleepers.add(pool.applyAsync((Integer ms) -> {
                Thread.sleep(ms);
                return ms;
            }, 60_000));
        }
        long t0 = System.nanoTime();
        pool.terminate();
        pool.join();
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (AsyncResult<Integer> r : sleepers) {
            WorkerException e = assertThrows(WorkerException.class, () -> r.get(LONG));
            assertTrue(e.getMessage().contains("terminated"), e.getMessage());
        }
        assertTrue(seconds < 30, "terminate took " + seconds + " s");
        assertThrows(IllegalStateException.class, () -> pool.apply((Integer x) -> x, 1));
    }

    @Test
    void joinNeedsCloseFirstAndAClosedPoolTakesNoTasks() {
        Pool pool = new Pool(1);
        AsyncResult<Integer> r = pool.applyAsync((Integer x) -> x + 1, 1);
        assertThrows(IllegalStateException.class, pool::join, "Python: ValueError, pool is still running");
        pool.close();
        pool.join();
        assertEquals(2, r.get(Duration.ZERO), "close() let the task finish");
        assertThrows(IllegalStateException.class, () -> pool.mapAsync((Integer x) -> x, List.of(1)));
        assertThrows(IllegalStateException.class, () -> pool.imap((Integer x) -> x, List.of(1)));
    }

    @Test
    void tryWithResourcesClosesThePool() {
        Pool escaped;
        try (Pool pool = new Pool(2)) {
            escaped = pool;
            assertEquals(List.of(0, 1, 4), pool.mapAsync((Integer x) -> x * x, List.of(0, 1, 2)).get(LONG));
        }
        assertThrows(IllegalStateException.class, () -> escaped.apply((Integer x) -> x, 1));
    }

    @Test
    void anExceptionComesBackWithTheWorkersTraceback() {
        try (Pool pool = new Pool(1)) {
            WorkerException e = assertThrows(WorkerException.class,
                    () -> pool.apply((Integer x) -> raiseKeyError(x), 123));
            assertEquals("java.util.NoSuchElementException", e.remoteClass());
            assertTrue(e.getMessage().contains("key 123"), e.getMessage());
            assertTrue(e.remoteStackTrace().contains("raiseKeyError"), e.remoteStackTrace());
            assertTrue(e.toString().contains("--- in the worker ---"), e.toString());
        }
    }

    @Test
    void everyPoolCallShowsInTheEventStream() throws Exception {
        List<Event> events = new CopyOnWriteArrayList<>();
        try (AutoCloseable sub = ProcessContext.events().subscribe(events::add); Pool pool = new Pool(1)) {
            pool.map((Integer x) -> x, List.of(1));
            pool.imap((Integer x) -> x, List.of(1)).next(LONG);
            pool.imapUnordered((Integer x) -> x, List.of(1)).next(LONG);
            pool.starmap((Integer a, Integer b) -> a + b, List.of(List.of(1, 2)));
            pool.apply((Integer x) -> x, 1);
        }
        List<String> queued = new ArrayList<>();
        long finished = 0;
        for (Event e : events) {
            if (e.type() == EventType.TASK_QUEUED) {
                queued.add(e.text());
            } else if (e.type() == EventType.TASK_FINISHED) {
                finished++;
            }
        }
        assertEquals(List.of("map: 1 item", "imap: 1 item", "imap_unordered: 1 item", "starmap: 1 item",
                "apply: 1 item"), queued);
        assertEquals(5, finished);
    }

    static Integer raiseKeyError(Integer x) {
        throw new java.util.NoSuchElementException("key " + x);
    }
}
