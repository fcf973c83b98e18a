package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    static void incrementThroughAHelper(Value<Integer> v) {
        StepSourceHelper.increment(v);
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

    @Test
    void pausesReportTheLinesOfTheClassTheRunNames() throws Exception {
        LinkedBlockingQueue<Event> paused = new LinkedBlockingQueue<>();
        try (AutoCloseable sub = ProcessContext.events().subscribe(e -> {
            if (e.type() == EventType.STEP_PAUSED) {
                paused.add(e);
            }
        })) {
            Value<Integer> v = new Value<Integer>('i', 0).name("v");
            ProcLabRuntime.stepMode(true, StepModeTest.class.getName());
            Process named = new Process(StepModeTest::incrementThroughAHelper, v).name("named");
            named.start();
            long namedLine = awaitPause(paused, "named").index();
            ProcLabRuntime.stepMode(true, null);
            Process unnamed = new Process(StepModeTest::incrementThroughAHelper, v).name("unnamed");
            unnamed.start();
            long unnamedLine = awaitPause(paused, "unnamed").index();
            assertEquals(lineOf("StepModeTest.java", "StepSourceHelper.increment(v);"), namedLine);
            assertEquals(lineOf("StepSourceHelper.java", "v.set(v.get() + 1);"), unnamedLine,
                    "without a name, the first caller outside the runtime");
            for (int i = 0; i < 2; i++) {
                ProcLabRuntime.step("named");
                ProcLabRuntime.step("unnamed");
            }
            named.join();
            unnamed.join();
            assertEquals(0, named.exitCode());
            assertEquals(0, unnamed.exitCode());
        }
    }

    /** The 1-based number of the line of this test source that contains {@code text}. */
    private static long lineOf(String file, String text) throws IOException {
        Path source = Path.of(System.getProperty("proclab.home", "."), "src/test/java/org/proclab/runtime", file);
        List<String> lines = Files.readAllLines(source);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text) && !lines.get(i).contains("lineOf(")) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + source);
    }

    private static Event awaitPause(LinkedBlockingQueue<Event> paused, String... workers) throws InterruptedException {
        Event e = paused.poll(60, TimeUnit.SECONDS);
        assertTrue(e != null, "a worker paused");
        assertTrue(List.of(workers).contains(e.worker()), e.toString());
        return e;
    }
}
