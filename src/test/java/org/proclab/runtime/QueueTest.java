package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueueTest {
    @AfterEach
    void noLeftovers() {
        Leftovers.assertNone();
    }

    static void produce(Queue<Integer> q, Integer from, Integer count) {
        for (int i = from; i < from + count; i++) {
            q.put(i);
        }
    }

    static void consume(Queue<Integer> in, Queue<Integer> out, Integer count) {
        for (int i = 0; i < count; i++) {
            out.put(in.get() * 10);
        }
    }

    @Test
    void manyProducersAndConsumersLoseNothing() {
        Queue<Integer> work = new Queue<>();
        Queue<Integer> done = new Queue<>();
        List<Process> all = new ArrayList<>();
        all.add(new Process(QueueTest::produce, work, 0, 500));
        all.add(new Process(QueueTest::produce, work, 500, 500));
        all.add(new Process(QueueTest::consume, work, done, 600));
        all.add(new Process(QueueTest::consume, work, done, 400));
        all.forEach(Process::start);
        List<Integer> got = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            got.add(done.get(Duration.ofSeconds(60)));
        }
        all.forEach(Process::join);
        Collections.sort(got);
        for (int i = 0; i < 1000; i++) {
            assertEquals(i * 10, got.get(i));
        }
        all.forEach(p -> assertEquals(0, p.exitCode()));
    }

    @Test
    void fifoFromOneProducerAndRichItems() {
        Queue<Object> q = new Queue<>();
        Process p = new Process((Queue<Object> queue) -> {
            for (int i = 0; i < 100; i++) {
                queue.put(i);
            }
            queue.put("text ✓ 中文");
            queue.put(null);
            queue.put(new BigInteger("4999999666666716666660000000"));
            queue.put(List.of(1, 2L, 3.5));
        }, q);
        p.start();
        for (int i = 0; i < 100; i++) {
            assertEquals(i, q.get());
        }
        assertEquals("text ✓ 中文", q.get());
        assertNull(q.get());
        assertEquals(new BigInteger("4999999666666716666660000000"), q.get());
        assertEquals(List.of(1, 2L, 3.5), q.get());
        p.join();
    }

    @Test
    void getWithTimeoutRaisesEmptyInParentAndInWorker() {
        Queue<Integer> q = new Queue<Integer>().name("inbox");
        QueueEmptyException e = assertThrows(QueueEmptyException.class, () -> q.get(Duration.ofMillis(50)));
        assertTrue(e.getMessage().contains("inbox"), e.getMessage());
        Queue<String> answer = new Queue<>();
        Process p = new Process((Queue<Integer> in, Queue<String> out) -> {
            try {
                in.get(Duration.ofMillis(100));
                out.put("got something");
            } catch (QueueEmptyException empty) {
                out.put("empty: " + empty.getMessage());
            }
        }, q, answer);
        p.start();
        String reply = answer.get(Duration.ofSeconds(30));
        assertTrue(reply.startsWith("empty: queue 'inbox' is empty"), reply);
        p.join();
        // An item put after the worker timed out stays in the queue: it was not handed to the dead waiter.
        q.put(42);
        assertEquals(42, q.get(Duration.ofSeconds(1)));
    }
}
