package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** From what CPython's _TestSemaphore checks: the value after each step, the bound, and timeouts. */
class SemaphoreTest {
    static final Duration LONG = Duration.ofSeconds(60);

    @AfterEach
    void noLeftovers() {
        Leftovers.assertNone();
    }

    private static void countDownAndUp(Semaphore sem) {
        assertEquals(2, sem.getValue());
        assertTrue(sem.acquire());
        assertEquals(1, sem.getValue());
        assertTrue(sem.acquire());
        assertEquals(0, sem.getValue());
        assertFalse(sem.acquire(Duration.ZERO));
        assertEquals(0, sem.getValue());
        sem.release();
        assertEquals(1, sem.getValue());
        sem.release();
        assertEquals(2, sem.getValue());
    }

    @Test
    void aSemaphoreCountsAndMayRiseAboveItsStart() {
        Semaphore sem = new Semaphore(2);
        countDownAndUp(sem);
        sem.release();
        assertEquals(3, sem.getValue());
        sem.release();
        assertEquals(4, sem.getValue());
        assertThrows(IllegalArgumentException.class, () -> new Semaphore(-1));
    }

    @Test
    void aBoundedSemaphoreRefusesOneReleaseTooMany() {
        BoundedSemaphore sem = new BoundedSemaphore(2);
        countDownAndUp(sem);
        IllegalStateException tooMany = assertThrows(IllegalStateException.class, sem::release);
        assertTrue(tooMany.getMessage().contains("released too many times"), tooMany.getMessage());
        assertEquals(2, sem.getValue());
    }

    @Test
    void acquireTimesOutAfterAtLeastItsTimeout() {
        Semaphore sem = new Semaphore(0);
        assertFalse(sem.acquire(Duration.ZERO));
        assertFalse(sem.acquire(Duration.ofMillis(-1)));
        long start = System.nanoTime();
        assertFalse(sem.acquire(Duration.ofMillis(100)));
        assertTrue(System.nanoTime() - start >= 100_000_000L);
        assertEquals(0, sem.getValue());
    }

    static void releaseFromWorker(Semaphore sem, BoundedSemaphore bounded, Queue<String> out) {
        sem.release();
        try {
            bounded.release();
            out.put("no error");
        } catch (IllegalStateException expected) {
            out.put("refused in worker, value " + bounded.getValue());
        }
    }

    @Test
    void aWorkersReleaseWakesTheMainProcessAndTheBoundHoldsThereToo() {
        Semaphore sem = new Semaphore(0);
        BoundedSemaphore bounded = new BoundedSemaphore(1);
        Queue<String> out = new Queue<>();
        Process p = new Process(SemaphoreTest::releaseFromWorker, sem, bounded, out);
        p.start();
        assertTrue(sem.acquire(LONG));
        assertEquals("refused in worker, value 1", out.get(LONG));
        p.join();
        assertEquals(0, p.exitCode());
    }

    /** counts[0]: holders right now; counts[1]: the most seen at once (raised under the array's lock). */
    static void holdAndCount(Semaphore sem, Array<Integer> counts, Barrier start) {
        start.await();
        for (int i = 0; i < 50; i++) {
            try (Lock.Held held = sem.hold()) {
                int now = counts.getAndAdd(0, 1) + 1;
                try (Lock.Held max = counts.getLock().hold()) {
                    if (now > counts.get(1)) {
                        counts.set(1, now);
                    }
                }
                counts.getAndAdd(0, -1);
            }
        }
    }

    @Test
    void atMostTwoOfFourWorkersHoldASemaphoreOfTwo() {
        Semaphore sem = new Semaphore(2);
        Array<Integer> counts = new Array<>('i', 2);
        Barrier start = new Barrier(4);
        List<Process> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(new Process(SemaphoreTest::holdAndCount, sem, counts, start));
        }
        all.forEach(Process::start);
        all.forEach(Process::join);
        all.forEach(p -> assertEquals(0, p.exitCode(), p.exitReason()));
        int most = counts.get(1);
        assertTrue(most >= 1 && most <= 2, "most holders at once: " + most);
        assertEquals(0, counts.get(0));
        assertEquals(2, sem.getValue());
    }
}
