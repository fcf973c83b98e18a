package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PoolTest {
    @AfterEach
    void noLeftovers() {
        Leftovers.assertNone();
    }

    static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toList());
    }

    @Test
    void mapKeepsInputOrderAndApplyAsyncMatchesMap() {
        try (Pool pool = new Pool(2)) {
            assertEquals(2, pool.processes());
            List<Integer> squares = pool.map(x -> x * x, range(10));
            assertEquals(List.of(0, 1, 4, 9, 16, 25, 36, 49, 64, 81), squares);
            assertEquals(4, pool.applyAsync((Integer x) -> x * x, 2).get());
            List<AsyncResult<Integer>> handles = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                handles.add(pool.applyAsync((Integer x) -> x * x, i));
            }
            List<Integer> viaAsync = new ArrayList<>();
            for (AsyncResult<Integer> h : handles) {
                viaAsync.add(h.get(Duration.ofSeconds(30)));
            }
            assertEquals(squares, viaAsync);
            assertEquals(range(1000).stream().map(x -> x + 1).collect(Collectors.toList()),
                    pool.map(x -> x + 1, range(1000), 7));
        }
    }

    @Test
    void workersAreReusedAcrossTasks() {
        try (Pool pool = new Pool(2)) {
            List<Long> pids = pool.map(x -> ProcessHandle.current().pid(), range(40), 1);
            Set<Long> distinct = new HashSet<>(pids);
            assertEquals(new HashSet<>(pool.pids()), distinct);
            assertTrue(distinct.size() <= 2);
        }
    }

    @Test
    void exceptionInTaskIsRethrownWithRemoteTrace() {
        try (Pool pool = new Pool(1)) {
            AsyncResult<Integer> r = pool.applyAsync((Integer x) -> 10 / x, 0);
            WorkerException e = assertThrows(WorkerException.class, r::get);
            assertEquals("java.lang.ArithmeticException", e.remoteClass());
            assertTrue(e.getMessage().contains("/ by zero"), e.getMessage());
            assertTrue(e.remoteStackTrace().contains("at org.proclab.runtime.PoolTest"), e.remoteStackTrace());
            WorkerException inMap = assertThrows(WorkerException.class, () -> pool.map(x -> 10 / x, range(5)));
            assertEquals("java.lang.ArithmeticException", inMap.remoteClass());
            assertEquals(5, pool.applyAsync((Integer x) -> 10 / x, 2).get());
        }
    }

    @Test
    void killedWorkerFailsItsTaskAndIsReplaced() throws Exception {
        try (Pool pool = new Pool(2)) {
            AsyncResult<Long> slow = pool.applyAsync((Long ms) -> {
                Thread.sleep(ms);
                return ms;
            }, 60_000L);
            Thread.sleep(300);
            List<Long> old = pool.pids();
            // kill -9 from outside, as a learner might: every worker of the pool.
            old.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            WorkerException died = assertThrows(WorkerException.class, () -> slow.get(Duration.ofSeconds(30)));
            assertTrue(died.getMessage().contains("died"), died.getMessage());
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (pool.pids().stream().anyMatch(old::contains) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(pool.pids().stream().noneMatch(old::contains), "dead workers were replaced");
            assertEquals(List.of(0, 1, 4), pool.map(x -> x * x, range(3)));
        }
    }

    @Test
    void anItemThatCannotTravelFailsItsMapWithAClearError() {
        try (Pool pool = new Pool(1)) {
            List<Object> items = List.of(1, new Object());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pool.map(x -> x, items));
            assertTrue(e.getMessage().contains("cannot be sent"), e.getMessage());
            assertEquals(List.of(1, 4), pool.map(x -> x * x, List.of(1, 2)));
        }
    }

    @Test
    void aTaskCanWaitOnAQueueFedByTheMainProcess() {
        Queue<Integer> feed = new Queue<>();
        try (Pool pool = new Pool(1)) {
            AsyncResult<Integer> sum = pool.applyAsync((Queue<Integer> q) -> q.get() + q.get(), feed);
            AsyncResult<Integer> after = pool.applyAsync((Integer x) -> x + 1, 41);
            feed.put(20);
            feed.put(22);
            assertEquals(42, sum.get(Duration.ofSeconds(30)));
            assertEquals(42, after.get(Duration.ofSeconds(30)));
        }
    }

    @Test
    void badSizesAndClosedPoolAreClearErrors() {
        assertThrows(IllegalArgumentException.class, () -> new Pool(0));
        assertThrows(IllegalArgumentException.class, () -> new Pool(1_000_000));
        Pool pool = new Pool(1);
        pool.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.map(x -> x, range(2)));
        assertTrue(e.getMessage().contains("closed"));
    }
}
