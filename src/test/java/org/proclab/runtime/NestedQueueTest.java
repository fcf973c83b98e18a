package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A grandchild's queue operations reach the main process's hub, through its parent's pipe. */
class NestedQueueTest {
    private static final Duration LONG = Duration.ofSeconds(60);

    @AfterEach
    void noLeftovers() {
        Leftovers.assertNone();
    }

    static void grandchild(Queue<Object> down, Queue<Object> up) {
        up.put("grandchild ready");
        Object got = down.get();
        up.put("grandchild got " + got);
    }

    static void child(Queue<Object> down, Queue<Object> up) {
        Process g = new Process(NestedQueueTest::grandchild, down, up).name("grandchild");
        g.start();
        g.join();
        up.put("grandchild exit " + g.exitCode());
    }

    @Test
    void aGrandchildsPutReachesMainAndItsGetSeesMainsItems() {
        Queue<Object> down = new Queue<>();
        Queue<Object> up = new Queue<>();
        Process c = new Process(NestedQueueTest::child, down, up).name("child");
        c.start();
        assertEquals("grandchild ready", up.get(LONG));
        down.put("from main");
        assertEquals("grandchild got from main", up.get(LONG));
        assertEquals("grandchild exit 0", up.get(LONG));
        c.join();
        assertEquals(0, c.exitCode());
    }

    static void nestedSync(Event go, Pipe pipe, JoinableQueue<Integer> jobs) {
        Process g = new Process((Event e, Connection end) -> {
            e.await();
            end.send("grandchild saw the event");
            for (int i = 0; i < 3; i++) {
                jobs.get();
                jobs.taskDone();
            }
        }, go, pipe.conn2());
        g.start();
        g.join();
    }

    @Test
    void aGrandchildWaitsOnEventsPipesAndJoinableQueuesOfMain() {
        Event go = new Event();
        Pipe pipe = new Pipe();
        JoinableQueue<Integer> jobs = new JoinableQueue<>();
        Process c = new Process(NestedQueueTest::nestedSync, go, pipe, jobs);
        c.start();
        pipe.conn2().close();
        go.set();
        assertEquals("grandchild saw the event", pipe.conn1().recv());
        List<Integer> none = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            jobs.put(i);
        }
        assertEquals(true, jobs.join(LONG));
        c.join();
        assertEquals(0, c.exitCode());
        assertEquals(List.of(), none);
    }
}
