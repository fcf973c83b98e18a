package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.shm.SharedMemory;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LockTest {

    @AfterEach
    void noFilesLeft() {
        Optional<Path> dir = SharedMemory.runDirectoryIfCreated();
        SharedMemory.deleteRunDirectory();
        dir.ifPresent(d -> assertFalse(Files.exists(d), "run directory still there: " + d));
    }

    /** A plain int, deliberately unsynchronised: only the Lock keeps the threads from losing increments. */
    private int unguarded;

    @Test
    void threadsNeverOverlapInsideTheLock() throws Exception {
        Lock lock = new Lock();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 20_000; i++) {
                    lock.acquire();
                    maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    unguarded++;
                    inside.decrementAndGet();
                    lock.release();
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        assertEquals(1, maxInside.get());
        assertEquals(80_000, unguarded);
    }

    @Test
    void timedAcquireFailsWhileAnotherThreadHoldsIt() throws Exception {
        Lock lock = new Lock();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            lock.acquire();
            held.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            lock.release();
        });
        holder.start();
        held.await();
        long t0 = System.nanoTime();
        assertFalse(lock.acquire(Duration.ofMillis(100)));
        assertTrue(System.nanoTime() - t0 >= 100_000_000L);
        IllegalStateException e = assertThrows(IllegalStateException.class, lock::release);
        assertTrue(e.getMessage().startsWith(lock.name() + " is held by thread "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" of this process (pid " + ProcessHandle.current().pid()
                + "), not by this thread; only the thread that acquired a lock may release it"), e.getMessage());
        done.countDown();
        holder.join();
        assertTrue(lock.acquire(Duration.ofSeconds(5)));
        lock.release();
    }

    @Test
    void releasingAFreeLockIsExplained() {
        Lock lock = new Lock().name("door");
        IllegalStateException e = assertThrows(IllegalStateException.class, lock::release);
        assertEquals("door is not held: release() was called without a matching acquire()", e.getMessage());
    }

    @Test
    void acquiringTwiceFromOneThreadThrowsInsteadOfHanging() {
        Lock lock = new Lock().name("door");
        lock.acquire();
        IllegalStateException e = assertThrows(IllegalStateException.class, lock::acquire);
        assertEquals("door is already held by this thread; a Lock is not reentrant, so acquiring it again would"
                + " wait forever (release it first)", e.getMessage());
        assertFalse(lock.acquire(Duration.ofMillis(1)));
        lock.release();
    }

    @Test
    void holdReleasesAtTheEndOfTheBlockEvenOnException() {
        Lock lock = new Lock();
        assertThrows(ArithmeticException.class, () -> {
            try (Lock.Held held = lock.hold()) {
                throw new ArithmeticException("inside");
            }
        });
        assertTrue(lock.acquire(Duration.ZERO));
        lock.release();
        assertEquals("Lock(" + lock.name() + ", free)", lock.toString());
    }

    @Test
    void waitIsReportedOnlyWhenTheFirstTryFails() throws Exception {
        Lock lock = new Lock().name("door");
        List<Event> events = new CopyOnWriteArrayList<>();
        try (AutoCloseable sub = ProcessContext.events().subscribe(events::add)) {
            lock.acquire();
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
                lock.acquire();
                lock.release();
            });
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (events.stream().noneMatch(e -> e.type() == EventType.LOCK_WAIT) && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            lock.release();
            other.get(10, TimeUnit.SECONDS);
        }
        List<EventType> types = events.stream().map(Event::type).collect(Collectors.toList());
        assertEquals(List.of(EventType.LOCK_ACQUIRED, EventType.LOCK_WAIT, EventType.LOCK_RELEASED,
                EventType.LOCK_ACQUIRED, EventType.LOCK_RELEASED), types);
        assertTrue(events.get(1).text().startsWith("held by thread "), events.get(1).text());
        assertTrue(events.stream().allMatch(e -> e.subject().equals("door")));
        assertTrue(events.get(2).timeNanos() <= events.get(3).timeNanos(), "release stamped before the next acquire");
    }

    @Test
    void negativeTimeoutIsRefused() {
        Lock lock = new Lock();
        assertEquals("timeout must not be negative: PT-1S",
                assertThrows(IllegalArgumentException.class, () -> lock.acquire(Duration.ofSeconds(-1))).getMessage());
    }
}
