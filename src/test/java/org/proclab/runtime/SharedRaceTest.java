package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/** The Lock chapter's claim, with real worker JVMs: unlocked read-modify-write loses updates; locks never do. */
class SharedRaceTest {
    private static final int N = 2_000;

    @AfterEach
    void noLeftovers() {
        Leftovers.assertNone();
    }

    static void spin(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    /**
     * The first round waits at {@code bothRead} between its read and its write, so both workers have read the
     * same value before either writes it back: that update is lost whatever the scheduler does. The rounds
     * after it race freely, with a 20 µs read-to-write window.
     */
    static void unlocked(Value<Integer> v, Barrier bothRead, Integer n) {
        for (int i = 0; i < n; i++) {
            int seen = v.get();
            if (i == 0) {
                bothRead.await();
            }
            spin(20_000);
            v.set(seen + 1);
        }
    }

    static void withValueLock(Value<Integer> v, Barrier start, Integer n) {
        start.await();
        for (int i = 0; i < n; i++) {
            try (Lock.Held held = v.getLock().hold()) {
                v.set(v.get() + 1);
            }
        }
    }

    static void withOwnLock(Value<Integer> v, Lock lock, Integer n) {
        for (int i = 0; i < n; i++) {
            lock.acquire();
            try {
                v.set(v.get() + 1);
            } finally {
                lock.release();
            }
        }
    }

    static void atomic(Value<Integer> v, Barrier start, Integer n) {
        start.await();
        for (int i = 0; i < n; i++) {
            v.getAndAdd(1);
        }
    }

    private static int runTwo(Process a, Process b) {
        a.start();
        b.start();
        a.join();
        b.join();
        assertEquals(0, a.exitCode());
        assertEquals(0, b.exitCode());
        return 0;
    }

    @Test
    void unlockedIncrementsFromTwoJvmsLoseUpdates() {
        Value<Integer> v = new Value<>('i', 0);
        Barrier bothRead = new Barrier(2);
        runTwo(new Process(SharedRaceTest::unlocked, v, bothRead, 200),
                new Process(SharedRaceTest::unlocked, v, bothRead, 200));
        assertTrue(v.get() < 400, "a 20 µs read-to-write window must lose updates, final = " + v.get());
    }

    @Test
    void valueLockOwnLockAndAtomicAddNeverLoseOne() {
        Value<Integer> a = new Value<>('i', 0);
        Barrier sa = new Barrier(2);
        runTwo(new Process(SharedRaceTest::withValueLock, a, sa, N), new Process(SharedRaceTest::withValueLock, a, sa, N));
        assertEquals(2 * N, a.get());

        Value<Integer> b = new Value<>('i', 0);
        Lock lock = new Lock();
        runTwo(new Process(SharedRaceTest::withOwnLock, b, lock, N), new Process(SharedRaceTest::withOwnLock, b, lock, N));
        assertEquals(2 * N, b.get());

        Value<Integer> c = new Value<>('i', 0);
        Barrier sc = new Barrier(2);
        runTwo(new Process(SharedRaceTest::atomic, c, sc, N), new Process(SharedRaceTest::atomic, c, sc, N));
        assertEquals(2 * N, c.get());
    }

    static void fillHalf(Array<Integer> a, Integer from, Integer to) {
        for (int i = from; i < to; i++) {
            a.set(i, i * i);
        }
    }

    @Test
    void arrayWrittenByTwoProcessesIsSeenWholeAndEventsNameTheWorkers() throws Exception {
        List<Event> events = new CopyOnWriteArrayList<>();
        try (AutoCloseable sub = ProcessContext.events().subscribe(events::add)) {
            Array<Integer> a = new Array<Integer>('i', 8).name("squares");
            runTwo(new Process(SharedRaceTest::fillHalf, a, 0, 4).name("low"),
                    new Process(SharedRaceTest::fillHalf, a, 4, 8).name("high"));
            assertEquals(List.of(0, 1, 4, 9, 16, 25, 36, 49), a.toList());
        }
        assertEquals(4, events.stream().filter(e -> e.type() == EventType.VALUE_WRITE && "low".equals(e.worker())
                && "squares".equals(e.subject())).count());
        assertTrue(events.stream().anyMatch(e -> e.type() == EventType.VALUE_WRITE && "high".equals(e.worker())
                && e.index() == 7 && "49".equals(e.newValue()) && "0".equals(e.oldValue())));
    }
}
