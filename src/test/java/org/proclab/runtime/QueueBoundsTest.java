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

/** From what CPython's _TestQueue checks: maxsize, empty/full/qsize, Full and Empty with their timeouts. */
class QueueBoundsTest {
    static final Duration LONG = Duration.ofSeconds(60);

    @AfterEach
    void noLeftovers() {
        Leftovers.assertNone();
    }

    static void drainSix(Queue<Integer> queue, Event childCanStart, Event parentCanContinue) {
        childCanStart.await();
        for (int i = 0; i < 6; i++) {
            queue.get();
        }
        parentCanContinue.set();
    }

    @Test
    void aFullQueueRefusesPutsUntilAWorkerMakesRoom() {
        Queue<Integer> queue = new Queue<>(6);
        Event childCanStart = new Event();
        Event parentCanContinue = new Event();
        Process p = new Process(QueueBoundsTest::drainSix, queue, childCanStart, parentCanContinue);
        p.start();
        assertEquals(6, queue.maxsize());
        assertTrue(queue.empty());
        assertFalse(queue.full());

        queue.put(1);
        queue.put(2, LONG);
        queue.put(3, Duration.ZERO);
        queue.put(4);
        queue.put(5);
        queue.putNowait(6);
        assertFalse(queue.empty());
        assertTrue(queue.full());
        assertEquals(6, queue.qsize());

        assertThrows(QueueFullException.class, () -> queue.putNowait(7));
        assertThrows(QueueFullException.class, () -> queue.put(7, Duration.ofMillis(-1)));
        long start = System.nanoTime();
        assertThrows(QueueFullException.class, () -> queue.put(7, Duration.ofMillis(100)));
        assertTrue(System.nanoTime() - start >= 100_000_000L);
        assertEquals(6, queue.qsize(), "a refused put leaves nothing behind");

        childCanStart.set();
        assertTrue(parentCanContinue.await(LONG));
        assertTrue(queue.empty());
        assertFalse(queue.full());
        p.join();
        assertEquals(0, p.exitCode());
    }

    static void putThree(Queue<Integer> queue, Queue<String> log) {
        for (int i = 1; i <= 3; i++) {
            queue.put(i);
            log.put("put " + i);
        }
    }

    @Test
    void aWorkersPutWaitsForRoomAndKeepsFifoOrder() {
        Queue<Integer> queue = new Queue<>(1);
        Queue<String> log = new Queue<>();
        Process p = new Process(QueueBoundsTest::putThree, queue, log);
        p.start();
        assertEquals("put 1", log.get(LONG));
        for (int i = 1; i <= 3; i++) {
            assertEquals(i, queue.get(LONG));
        }
        assertEquals("put 2", log.get(LONG));
        assertEquals("put 3", log.get(LONG));
        p.join();
        assertTrue(queue.empty());
    }

    static void putTwo(Queue<Integer> queue) {
        queue.put(2);
        queue.put(3);
    }

    @Test
    void getsAndSizesFollowCPythonsTestGet() {
        Queue<Integer> queue = new Queue<>();
        assertEquals(0, queue.maxsize());
        assertEquals(0, queue.qsize());
        assertFalse(queue.full(), "an unbounded queue is never full");
        Process p = new Process(QueueBoundsTest::putTwo, queue);
        p.start();
        p.join();
        assertEquals(2, queue.qsize());
        assertEquals(2, queue.get());
        assertEquals(3, queue.getNowait());
        assertTrue(queue.empty());
        assertThrows(QueueEmptyException.class, queue::getNowait);
        assertThrows(QueueEmptyException.class, () -> queue.get(Duration.ZERO));
        long start = System.nanoTime();
        assertThrows(QueueEmptyException.class, () -> queue.get(Duration.ofMillis(100)));
        assertTrue(System.nanoTime() - start >= 100_000_000L);
    }

    static void consume(JoinableQueue<Integer> jobs, Queue<Integer> results) {
        Integer job;
        while ((job = jobs.get()) != null) {
            results.put(job * job);
            jobs.taskDone();
        }
        jobs.taskDone();
    }

    @Test
    void joinWaitsUntilEveryItemIsMarkedDone() {
        JoinableQueue<Integer> jobs = new JoinableQueue<>();
        Queue<Integer> results = new Queue<>();
        assertTrue(jobs.join(Duration.ZERO), "nothing put: join returns at once");
        List<Process> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            workers.add(new Process(QueueBoundsTest::consume, jobs, results));
        }
        workers.forEach(Process::start);
        for (int i = 0; i < 10; i++) {
            jobs.put(i);
        }
        assertTrue(jobs.join(LONG));
        assertEquals(10, results.qsize(), "join returned only after every result was put");
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += results.get();
        }
        assertEquals(285, sum);
        for (int i = 0; i < 4; i++) {
            jobs.put(null);
        }
        workers.forEach(Process::join);
        workers.forEach(w -> assertEquals(0, w.exitCode(), w.exitReason()));
        assertTrue(jobs.join(Duration.ZERO));
    }

    @Test
    void taskDoneOnceTooOftenIsRefusedInTheMainProcessAndInAWorker() {
        JoinableQueue<String> jobs = new JoinableQueue<>();
        jobs.put("a");
        assertFalse(jobs.join(Duration.ofMillis(10)), "one item not yet done");
        jobs.get();
        jobs.taskDone();
        IllegalStateException tooMany = assertThrows(IllegalStateException.class, jobs::taskDone);
        assertTrue(tooMany.getMessage().contains("too many times"), tooMany.getMessage());
        Queue<String> out = new Queue<>();
        Process p = new Process((JoinableQueue<String> q, Queue<String> o) -> {
            try {
                q.taskDone();
                o.put("accepted");
            } catch (IllegalStateException expected) {
                o.put("refused");
            }
        }, jobs, out);
        p.start();
        assertEquals("refused", out.get(LONG));
        p.join();
    }
}
