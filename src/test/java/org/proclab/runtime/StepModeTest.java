package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/** Playing the scheduler by hand with real worker JVMs: a lost update made on purpose. */
class StepModeTest {
    @AfterEach
    void cleanUp() {
        ProcLabRuntime.stepMode(false);
        Leftovers.assertNone();
    }

    static void increment(Value<Integer> v) {
        v.set(v.get() + 1);
    }

    @Test
    void interleavingReadsThenWritesLosesAnUpdate() throws Exception {
        LinkedBlockingQueue<Event> paused = new LinkedBlockingQueue<>();
        try (AutoCloseable sub = ProcessContext.events().subscribe(e -> {
            if (e.type() == EventType.STEP_PAUSED) {
                paused.add(e);
            }
        })) {
            ProcLabRuntime.stepMode(true);
            Value<Integer> v = new Value<Integer>('i', 5).name("v");
            Process a = new Process(StepModeTest::increment, v).name("A");
            Process b = new Process(StepModeTest::increment, v).name("B");
            a.start();
            b.start();
            Event first = awaitPause(paused, "A", "B");
            Event second = awaitPause(paused, "A", "B");
            assertTrue(List.of(first.worker(), second.worker()).containsAll(List.of("A", "B")));
            assertEquals("read", first.newValue());
            assertEquals("read v", first.text());
            assertTrue(first.index() > 0, "the paused event names a source line");

            assertTrue(ProcLabRuntime.step("A"));
            assertEquals("write v \u2190 6", awaitPause(paused, "A").text());
            assertTrue(ProcLabRuntime.step("B"));
            assertEquals("write v \u2190 6", awaitPause(paused, "B").text());
            ProcLabRuntime.step("A");
            ProcLabRuntime.step("B");
            a.join();
            b.join();
            assertEquals(6, v.get(), "both wrote 6: one update was lost");
        }
    }

    private static Event awaitPause(LinkedBlockingQueue<Event> paused, String... workers) throws InterruptedException {
        Event e = paused.poll(60, TimeUnit.SECONDS);
        assertTrue(e != null, "a worker paused");
        assertTrue(List.of(workers).contains(e.worker()), e.toString());
        return e;
    }
}
