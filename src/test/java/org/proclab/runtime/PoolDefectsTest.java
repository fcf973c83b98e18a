package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pool defects of issue 14, each pinned by a real pool of worker JVMs. */
class PoolDefectsTest {
    @AfterEach
    void noLeftovers() {
        Leftovers.assertNone();
    }

    @Test
    void mapFailsFastWhicheverChunkFails() {
        Pool pool = new Pool(2);
        try {
            long t0 = System.nanoTime();
            // Chunk 0 (first worker) runs for 30 s; chunk 1 (second worker) fails at once.
            WorkerException e = assertThrows(WorkerException.class, () -> pool.map((Integer x) -> {
                if (x == 0) {
                    Thread.sleep(30_000);
                    return 0;
                }
                throw new IllegalStateException("chunk " + x + " failed");
            }, List.of(0, 1), 1));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals("java.lang.IllegalStateException", e.remoteClass());
            assertTrue(e.getMessage().contains("chunk 1 failed"), e.getMessage());
            assertTrue(seconds < 20, "map waited for the slow chunk: " + seconds + " s");
        } finally {
            pool.terminate();
        }
    }

    @Test
    void anUnserializableResultFailsItsTaskAndKeepsTheWorker() {
        try (Pool pool = new Pool(1)) {
            long pid = pool.apply((Integer x) -> ProcessHandle.current().pid(), 0);
            CompletableFuture<RuntimeException> told = new CompletableFuture<>();
            AsyncResult<Object> bad = pool.applyAsync((Integer x) -> new Object(), 1, r -> { }, told::complete);
            WorkerException e = assertThrows(WorkerException.class, bad::get);
            assertTrue(e.getMessage().contains("Error sending result"), e.getMessage());
            assertTrue(e.getMessage().contains("java.lang.Object cannot be sent"), e.getMessage());
            assertEquals(e, told.join(), "the error callback got the same error");
            WorkerException inMap = assertThrows(WorkerException.class,
                    () -> pool.map((Integer x) -> x == 2 ? new Object() : x, List.of(1, 2, 3), 1));
            assertTrue(inMap.getMessage().contains("Error sending result"), inMap.getMessage());
            assertEquals(List.of(pid), pool.pids(), "the worker was kept");
            assertEquals(pid, pool.apply((Integer x) -> ProcessHandle.current().pid(), 0));
            assertEquals(List.of(2, 3), pool.map((Integer x) -> x + 1, List.of(1, 2)));
        }
    }

    @Test
    void pidsDropADeadWorkerAsSoonAsItsDeathIsKnown() {
        Queue<Long> started = new Queue<>();
        try (Pool pool = new Pool(2)) {
            AsyncResult<Long> slow = pool.applyAsync((Queue<Long> q) -> {
                q.put(ProcessHandle.current().pid());
                Thread.sleep(60_000);
                return 0L;
            }, started);
            long pid = started.get(Duration.ofSeconds(60));
            assertTrue(pool.pids().contains(pid));
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            WorkerException died = assertThrows(WorkerException.class, () -> slow.get(Duration.ofSeconds(60)));
            assertTrue(died.getMessage().contains("died"), died.getMessage());
            assertFalse(pool.pids().contains(pid), "pids() still lists the dead worker " + pid + ": " + pool.pids());
            assertEquals(List.of(0, 1, 4), pool.map((Integer x) -> x * x, List.of(0, 1, 2)));
        }
    }

    @Test
    void aTimeoutIsTaskTimeoutExceptionCausedByTimeoutExceptionAndNegativeMeansZero() {
        Pool pool = new Pool(1);
        try {
            AsyncResult<Integer> never = pool.applyAsync((Integer ms) -> {
                Thread.sleep(ms);
                return 1;
            }, 60_000);
            TaskTimeoutException late = assertThrows(TaskTimeoutException.class,
                    () -> never.get(Duration.ofMillis(20)));
            assertInstanceOf(TimeoutException.class, late.getCause());
            assertThrows(TaskTimeoutException.class, () -> never.get(Duration.ofSeconds(-5)));
            assertFalse(never.ready(), "a timeout does not cancel the task");
        } finally {
            pool.terminate();
        }
        try (Pool pool2 = new Pool(1)) {
            AsyncResult<Integer> done = pool2.applyAsync((Integer x) -> x + 1, 41);
            assertEquals(42, done.get());
            assertEquals(42, done.get(Duration.ofSeconds(-5)), "a negative timeout on a ready result returns it");
            assertEquals(42, done.get(Duration.ZERO));
        }
    }
}
