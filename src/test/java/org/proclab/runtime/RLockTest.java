package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** From what CPython's _TestLock.test_rlock checks, plus ownership across threads and worker JVMs. */
class RLockTest {
    static final Duration LONG = Duration.ofSeconds(60);

    @AfterEach
    void noLeftovers() {
        Leftovers.assertNone();
    }

    @Test
    void theOwnerAcquiresAgainAndMustReleaseAsOften() {
        RLock lock = new RLock();
        assertEquals(0, lock.level());
        assertFalse(lock.isOwned());
        assertTrue(lock.acquire());
        assertTrue(lock.acquire());
        assertTrue(lock.acquire(Duration.ZERO));
        assertEquals(3, lock.level());
        assertTrue(lock.isOwned());
        lock.release();
        lock.release();
        assertEquals(1, lock.level());
        lock.release();
        assertEquals(0, lock.level());
        IllegalStateException notHeld = assertThrows(IllegalStateException.class, lock::release);
        assertTrue(notHeld.getMessage().contains("un-acquired"), notHeld.getMessage());
    }

    @Test
    void anotherThreadCanNeitherTakeNorReleaseIt() throws Exception {
        RLock lock = new RLock();
        lock.acquire();
        AtomicReference<String> seen = new AtomicReference<>();
        Thread other = new Thread(() -> {
            boolean took = lock.acquire(Duration.ZERO);
            String release;
            try {
                lock.release();
                release = "released";
            } catch (IllegalStateException expected) {
                release = "refused";
            }
            seen.set("took " + took + ", release " + release + ", owned " + lock.isOwned());
        });
        other.start();
        other.join();
        assertEquals("took false, release refused, owned false", seen.get());
        assertEquals(1, lock.level());
        lock.release();
    }

    static void contend(RLock lock, Queue<String> out, Event mainReleased) {
        out.put("try " + lock.acquire(Duration.ZERO));
        long start = System.nanoTime();
        out.put("timed " + lock.acquire(Duration.ofMillis(100)) + " " + (System.nanoTime() - start >= 100_000_000L));
        try {
            lock.release();
            out.put("released a lock it does not hold");
        } catch (IllegalStateException expected) {
            out.put("release refused");
        }
        out.put("waiting");
        mainReleased.await();
        lock.acquire();
        lock.acquire();
        out.put("level " + lock.level());
        lock.release();
        lock.release();
    }

    @Test
    void aWorkerWaitsWhileTheMainProcessHoldsItAndCannotReleaseIt() {
        RLock lock = new RLock();
        Queue<String> out = new Queue<>();
        Event released = new Event();
        lock.acquire();
        Process p = new Process(RLockTest::contend, lock, out, released);
        p.start();
        assertEquals("try false", out.get(LONG));
        assertEquals("timed false true", out.get(LONG));
        assertEquals("release refused", out.get(LONG));
        assertEquals("waiting", out.get(LONG));
        lock.release();
        released.set();
        assertEquals("level 2", out.get(LONG));
        p.join();
        assertEquals(0, p.exitCode());
        assertEquals(0, lock.level());
    }
}
