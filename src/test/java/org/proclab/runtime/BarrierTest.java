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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.proclab.runtime.shm.SharedMemory;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BarrierTest {

    @AfterEach
    void noFilesLeft() {
        Optional<Path> dir = SharedMemory.runDirectoryIfCreated();
        SharedMemory.deleteRunDirectory();
        dir.ifPresent(d -> assertFalse(Files.exists(d), "run directory still there: " + d));
    }

    @Test
    void nobodyPassesUntilAllArriveAndItCanBeReused() throws Exception {
        Barrier barrier = new Barrier(3);
        AtomicInteger arrivedRound1 = new AtomicInteger();
        ConcurrentLinkedQueue<Integer> seenAfterRound1 = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> arrivalNumbers = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            threads.add(new Thread(() -> {
                for (int round = 0; round < 50; round++) {
                    if (round == 0) {
                        arrivedRound1.incrementAndGet();
                    }
                    int number = barrier.await();
                    if (round == 0) {
                        seenAfterRound1.add(arrivedRound1.get());
                        arrivalNumbers.add(number);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.start();
            Thread.sleep(20);
        }
        for (Thread thread : threads) {
            thread.join(60_000);
            assertFalse(thread.isAlive());
        }
        assertEquals(List.of(3, 3, 3), new ArrayList<>(seenAfterRound1));
        Set<Integer> numbers = new TreeSet<>(arrivalNumbers);
        assertEquals(Set.of(0, 1, 2), numbers);
    }

    @Test
    void timedAwaitGivesUpAndWithdraws() throws Exception {
        Barrier barrier = new Barrier(2).name("start");
        long t0 = System.nanoTime();
        assertFalse(barrier.await(Duration.ofMillis(50)));
        assertTrue(System.nanoTime() - t0 >= 50_000_000L);
        assertEquals("Barrier(start, 0 of 2 waiting)", barrier.toString());
        Thread other = new Thread(barrier::await);
        other.start();
        assertTrue(barrier.await(Duration.ofSeconds(10)));
        other.join(10_000);
        assertFalse(other.isAlive());
    }

    @Test
    void onePartyPassesAtOnceAndZeroIsRefused() {
        assertEquals(0, new Barrier(1).await());
        assertEquals("a Barrier needs at least 1 party; got 0",
                assertThrows(IllegalArgumentException.class, () -> new Barrier(0)).getMessage());
    }
}
