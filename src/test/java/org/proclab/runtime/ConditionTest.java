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

/**
 * From what CPython's _TestCondition checks: notify wakes exactly one, notify(n) n, notifyAll every waiter,
 * timed waits return false, waitFor re-checks its predicate. The waiters are worker JVMs and threads.
 * A waiter releases {@code sleeping} while it holds the lock, so once the main process holds the lock after
 * acquiring {@code sleeping}, that waiter is certainly waiting: no sleep is needed to know it.
 */
class ConditionTest {
    static final Duration LONG = Duration.ofSeconds(60);

    @AfterEach
    void noLeftovers() {
        Leftovers.assertNone();
    }

    static void waiter(Condition cond, Semaphore sleeping, Semaphore woken) {
        cond.acquire();
        sleeping.release();
        cond.await();
        woken.release();
        cond.release();
    }

    static void timedWaiter(Condition cond, Semaphore sleeping, Semaphore woken) {
        cond.acquire();
        sleeping.release();
        boolean notified = cond.await(Duration.ofMillis(100));
        if (!notified) {
            woken.release();
        }
        cond.release();
    }

    private static List<Runnable> start(int processes, int threads, Target3<Condition, Semaphore, Semaphore> f,
                                        Condition cond, Semaphore sleeping, Semaphore woken) {
        List<Runnable> joins = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            Process p = new Process(f, cond, sleeping, woken);
            p.start();
            joins.add(() -> {
                p.join();
                assertEquals(0, p.exitCode(), p.exitReason());
            });
        }
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    f.run(cond, sleeping, woken);
                } catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            });
            t.start();
            joins.add(() -> {
                try {
                    t.join();
                } catch (InterruptedException ex) {
                    throw new IllegalStateException(ex);
                }
            });
        }
        return joins;
    }

    private static void allAsleep(int n, Condition cond, Semaphore sleeping) {
        for (int i = 0; i < n; i++) {
            assertTrue(sleeping.acquire(LONG));
        }
        cond.acquire();
        cond.release();
    }

    private static int notifyUnderLock(Condition cond, int n) {
        try (Lock.Held held = cond.hold()) {
            return cond.notify(n);
        }
    }

    @Test
    void notifyWakesOneWaiterAtATime() {
        Condition cond = new Condition();
        Semaphore sleeping = new Semaphore(0);
        Semaphore woken = new Semaphore(0);
        List<Runnable> joins = start(1, 1, ConditionTest::waiter, cond, sleeping, woken);
        allAsleep(2, cond, sleeping);
        assertEquals(0, woken.getValue());
        assertEquals(1, notifyUnderLock(cond, 1));
        assertTrue(woken.acquire(LONG));
        assertEquals(1, notifyUnderLock(cond, 1));
        assertTrue(woken.acquire(LONG));
        assertEquals(0, notifyUnderLock(cond, 1), "nobody is left to wake");
        joins.forEach(Runnable::run);
        assertEquals(0, woken.getValue());
    }

    @Test
    void notifyNWakesNAndNotifyAllWakesTheRest() {
        Condition cond = new Condition();
        Semaphore sleeping = new Semaphore(0);
        Semaphore woken = new Semaphore(0);
        List<Runnable> joins = start(3, 3, ConditionTest::waiter, cond, sleeping, woken);
        allAsleep(6, cond, sleeping);
        assertEquals(2, notifyUnderLock(cond, 2));
        assertTrue(woken.acquire(LONG));
        assertTrue(woken.acquire(LONG));
        cond.acquire();
        assertEquals(4, cond.notifyAllWaiters());
        cond.release();
        for (int i = 0; i < 4; i++) {
            assertTrue(woken.acquire(LONG));
        }
        assertEquals(0, notifyUnderLock(cond, 3));
        joins.forEach(Runnable::run);
        assertEquals(0, woken.getValue());
    }

    @Test
    void timedWaitsOfWorkersAndThreadsRunOutWithoutANotify() {
        Condition cond = new Condition();
        Semaphore sleeping = new Semaphore(0);
        Semaphore timedOut = new Semaphore(0);
        List<Runnable> joins = start(2, 2, ConditionTest::timedWaiter, cond, sleeping, timedOut);
        for (int i = 0; i < 4; i++) {
            assertTrue(sleeping.acquire(LONG));
            assertTrue(timedOut.acquire(LONG));
        }
        joins.forEach(Runnable::run);
    }

    @Test
    void aTimedWaitReturnsFalseWithTheLockHeldAgain() {
        Condition cond = new Condition();
        RLock lock = new RLock();
        Condition onRLock = new Condition(lock);
        cond.acquire();
        assertFalse(cond.await(Duration.ZERO));
        long start = System.nanoTime();
        assertFalse(cond.await(Duration.ofMillis(100)));
        assertTrue(System.nanoTime() - start >= 100_000_000L);
        cond.release();
        lock.acquire();
        lock.acquire();
        assertFalse(onRLock.await(Duration.ofMillis(10)));
        assertEquals(2, lock.level(), "await restores every level of the RLock");
        lock.release();
        lock.release();
    }

    @Test
    void waitingOrNotifyingWithoutTheLockIsRefused() {
        Condition cond = new Condition(new Lock());
        assertThrows(IllegalStateException.class, () -> cond.await(Duration.ZERO));
        assertThrows(IllegalStateException.class, cond::notifyOne);
        assertThrows(IllegalStateException.class, cond::notifyAllWaiters);
    }

    static void countTo4(Condition cond, Value<Integer> state) {
        try (Lock.Held held = cond.hold()) {
            state.set(0);
            cond.notifyOne();
            boolean reached = cond.waitFor(() -> state.get() == 4);
            if (!reached || state.get() != 4) {
                System.exit(1);
            }
        }
    }

    @Test
    void waitForRechecksItsPredicateAfterEachNotify() {
        Condition cond = new Condition(new Lock());
        Value<Integer> state = new Value<>('i', -1);
        Process p = new Process(ConditionTest::countTo4, cond, state);
        p.start();
        try (Lock.Held held = cond.hold()) {
            assertTrue(cond.waitFor(() -> state.get() == 0, LONG));
            assertEquals(0, state.get());
        }
        for (int i = 0; i < 4; i++) {
            try (Lock.Held held = cond.hold()) {
                state.set(state.get() + 1);
                cond.notifyOne();
            }
        }
        p.join();
        assertEquals(0, p.exitCode(), p.exitReason());
    }

    static void neverReaches4(Condition cond, Value<Integer> state, Queue<String> out) {
        try (Lock.Held held = cond.hold()) {
            long start = System.nanoTime();
            boolean reached = cond.waitFor(() -> state.get() == 4, Duration.ofMillis(200));
            out.put("reached " + reached + ", waited >= 200 ms " + (System.nanoTime() - start >= 200_000_000L));
        }
    }

    @Test
    void waitForGivesUpAfterItsTimeout() {
        Condition cond = new Condition();
        Value<Integer> state = new Value<>('i', 0);
        Queue<String> out = new Queue<>();
        Process p = new Process(ConditionTest::neverReaches4, cond, state, out);
        p.start();
        for (int i = 0; i < 3; i++) {
            try (Lock.Held held = cond.hold()) {
                state.set(state.get() + 1);
                cond.notifyOne();
            }
        }
        assertEquals("reached false, waited >= 200 ms true", out.get(LONG));
        p.join();
        assertEquals(0, p.exitCode());
    }
}
