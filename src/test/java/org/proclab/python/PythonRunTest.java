package org.proclab.python;

import org.proclab.lesson.Chapter;
import org.proclab.lesson.CourseLoader;
import org.proclab.lesson.ParamSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The chapters' Python scripts under real CPython, traced. Skipped only where no python3 exists. */
class PythonRunTest {

    @BeforeAll
    static void needsPython() {
        assumeTrue(PythonInterpreter.find().isPresent(), "no python3 on PATH (nor PROCLAB_PYTHON): the Python side"
                + " cannot be run here");
    }

    /** Collects everything a run delivers; can wait for the first event that matches. */
    static final class Collected implements PythonRunListener {
        final List<Event> events = new ArrayList<>();
        private final Predicate<Event> awaited;
        private final CountDownLatch seen = new CountDownLatch(1);

        Collected(Predicate<Event> awaited) {
            this.awaited = awaited;
        }

        @Override
        public synchronized void event(Event event, int cpu) {
            events.add(event);
            if (awaited.test(event)) {
                seen.countDown();
            }
        }

        synchronized List<Event> of(EventType type) {
            return events.stream().filter(e -> e.type() == type).toList();
        }

        boolean await() throws InterruptedException {
            return seen.await(60, TimeUnit.SECONDS);
        }
    }

    static PythonOutcome run(String chapter, Map<String, String> params, Collected into) throws InterruptedException {
        PythonRun run = PythonRun.start(PythonRequest.of(chapter, params), into);
        PythonOutcome outcome = run.await(120_000).orElseThrow(() -> new AssertionError(chapter + " did not end"));
        assertNoneAlive(into.events);
        return outcome;
    }

    static void assertNoneAlive(List<Event> events) {
        Set<Long> pids = new HashSet<>();
        synchronized (events) {
            for (Event e : events) {
                pids.add(e.pid());
            }
        }
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "python pid " + pid + " is left");
        }
    }

    @Test
    void theQueueChapterReportsTheJavaChaptersTotal() throws InterruptedException {
        Collected events = new Collected(e -> false);
        PythonOutcome outcome = run("queue", Map.of("n", "1000", "workers", "2"), events);
        assertTrue(outcome.ok(), String.valueOf(outcome.error()));
        assertEquals("499667166000", outcome.reports().get("total"));
        assertEquals(2, events.of(EventType.QUEUE_PUT).size());
        assertEquals(2, events.of(EventType.QUEUE_GET).size());
        assertTrue(events.of(EventType.OUTPUT).stream().anyMatch(e -> "total: 499667166000".equals(e.text())));
        assertEquals(List.of(0, 0), outcome.workers().stream().map(PythonWorker::exitCode).toList());
    }

    @Test
    void anUnlockedCounterShowsEveryReadAndWriteFromTwoWorkerProcesses() throws InterruptedException {
        Collected events = new Collected(e -> false);
        PythonOutcome outcome = run("lock", Map.of("lock", "none", "iterations", "300", "delay", "200",
                "workers", "2"), events);
        assertTrue(outcome.ok(), String.valueOf(outcome.error()));
        assertEquals(1200L, outcome.expected());
        List<Event> writes = events.of(EventType.VALUE_WRITE);
        assertEquals(600, writes.size());
        assertEquals(600, events.of(EventType.VALUE_READ).stream().filter(e -> !e.worker().equals("main")).count());
        Set<Long> writers = new HashSet<>();
        for (Event write : writes) {
            assertEquals("counter", write.subject());
            writers.add(write.pid());
        }
        assertEquals(2, writers.size());
        assertFalse(writers.contains(PythonRunTest.mainPid(events)));
        assertEquals(outcome.finalValue(), Long.valueOf(writes.stream().max((a, b) -> Long.compare(a.timeNanos(),
                b.timeNanos())).orElseThrow().newValue()));
    }

    @Test
    void aLockPerUpdateGivesExactlyEveryAdditionUnderForkAndSpawn() throws InterruptedException {
        for (String method : List.of("fork", "spawn")) {
            Collected events = new Collected(e -> false);
            PythonRun run = PythonRun.start(PythonRequest.of("lock", Map.of("lock", "each", "workers", "3",
                    "iterations", "200", "delay", "50")).withStartMethod(method), events);
            PythonOutcome outcome = run.await(120_000).orElseThrow();
            assertTrue(outcome.ok(), method + ": " + outcome.error());
            assertEquals(1800L, outcome.finalValue(), method);
            assertEquals(0L, outcome.lost(), method);
            assertEquals(600, events.of(EventType.LOCK_ACQUIRED).size(), method);
            assertEquals(600, events.of(EventType.LOCK_RELEASED).size(), method);
            assertEquals(3, outcome.workers().size(), method);
            assertNoneAlive(events.events);
        }
    }

    @Test
    void aSharedIntWrapsAroundLikeACIntAndEveryWriteNamesItsVariable() throws InterruptedException {
        Collected events = new Collected(e -> false);
        PythonOutcome outcome = run("shared-memory", Map.of("start", "2147483647"), events);
        assertTrue(outcome.ok(), String.valueOf(outcome.error()));
        assertEquals("-2147483648", outcome.reports().get("value_i"));
        assertEquals("6.28", outcome.reports().get("value_d"));
        assertEquals("[10, 20, 30, 40]", outcome.reports().get("array"));
        Event countWrite = events.of(EventType.VALUE_WRITE).stream().filter(e -> "count".equals(e.subject()))
                .findFirst().orElseThrow();
        assertEquals("2147483647", countWrite.oldValue());
        assertEquals("-2147483648", countWrite.newValue());
        assertEquals(4, events.of(EventType.VALUE_WRITE).stream().filter(e -> "numbers".equals(e.subject())).count());
    }

    @Test
    void poolTasksAreNumberedFromQueuedToFinishedUnderForkAndSpawn() throws InterruptedException {
        for (String method : List.of("fork", "spawn")) {
            Collected events = new Collected(e -> false);
            PythonRun run = PythonRun.start(PythonRequest.of("pool", Map.of("processes", "2", "size", "4"))
                    .withStartMethod(method), events);
            PythonOutcome outcome = run.await(120_000).orElseThrow();
            assertTrue(outcome.ok(), method + ": " + outcome.error());
            assertEquals("[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]", outcome.reports().get("map"), method);
            assertEquals("true", outcome.reports().get("same_as_map"), method);
            assertEquals("1834634", outcome.reports().get("collatz_steps"), method);
            Set<Long> queued = new HashSet<>();
            events.of(EventType.TASK_QUEUED).forEach(e -> queued.add(e.index()));
            Set<Long> finished = new HashSet<>();
            events.of(EventType.TASK_FINISHED).forEach(e -> finished.add(e.index()));
            assertEquals(queued, finished, method);
            assertEquals(1, events.of(EventType.TASK_FINISHED).stream().filter(e -> e.text().startsWith("error: TypeError"))
                    .count(), method);
            assertEquals(2, outcome.workers().size(), method);
            assertNoneAlive(events.events);
        }
    }

    @Test
    void everyScriptTakesEveryParameterItsChapterPassesIt() {
        // The app and `run ID --python` pass every parameter of the chapter, defaults included: a script that
        // does not declare one stops at once with argparse's "unrecognized arguments" (the Process and Speed
        // chapters did, for "start").
        for (Chapter chapter : CourseLoader.loadDefault().chapters()) {
            PythonChapter python = PythonChapter.load(chapter).orElse(null);
            if (python == null) {
                continue;
            }
            for (ParamSpec param : chapter.params()) {
                assertTrue(python.source().contains("add_argument(\"--" + param.name() + "\""),
                        python.scriptName() + " does not take --" + param.name());
            }
        }
    }

    @Test
    void theProcessChapterRunsUnderBothStartChoicesAndForkserverNamesTheParentItGives()
            throws InterruptedException {
        for (String start : List.of("spawn", "standby")) {
            Collected events = new Collected(e -> false);
            PythonOutcome outcome = run("process", Map.of("a", "40", "b", "2", "start", start), events);
            assertTrue(outcome.ok(), start + ": " + outcome.error());
            assertEquals("0", outcome.reports().get("exit_code"));
            boolean explained = events.events.stream().anyMatch(e -> String.valueOf(e.text()).contains("fork server"));
            assertEquals(start.equals("standby"), explained, start);
        }
    }

    @Test
    void theSpeedChapterRunsAndReportsAllThreeWays() throws InterruptedException {
        Collected events = new Collected(e -> false);
        PythonOutcome outcome = run("speed", Map.of("n", "200000", "gil", "off", "mode", "single"), events);
        assertTrue(outcome.ok(), String.valueOf(outcome.error()));
        // 2 * (S1 + S2 + S3) for m = 199999: S1 = m(m+1)/2, S2 = m(m+1)(2m+1)/6, S3 = S1²
        assertEquals("799997333353333200000", outcome.reports().get("result"));
        for (String key : List.of("plain_ms", "threads_ms", "processes_ms", "speedup_threads", "speedup_processes")) {
            assertTrue(Double.parseDouble(outcome.reports().get(key)) > 0, key);
        }
        assertEquals(2, outcome.workers().size());
    }

    @Test
    void aPythonExceptionGivesItsTracebackAndTheScriptLine() throws Exception {
        Collected events = new Collected(e -> false);
        PythonOutcome outcome = run("pool", Map.of("processes", "0", "size", "1"), events);
        assertEquals(PythonOutcome.Status.FAILED, outcome.status());
        assertEquals(1, outcome.exitCode());
        PythonError error = outcome.exception();
        assertNotNull(error);
        assertEquals("ValueError", error.exception());
        List<String> script = Files.readAllLines(Path.of(System.getProperty("proclab.home"), "lessons/pool/pool_example.py"));
        assertTrue(script.get(error.line() - 1).contains("multiprocessing.Pool(args.processes)"), script.get(error.line() - 1));
        assertTrue(error.traceback().startsWith("Traceback (most recent call last):"), error.traceback());
        assertTrue(error.traceback().contains("pool_example.py\", line " + error.line()), error.traceback());
        assertTrue(events.of(EventType.OUTPUT).stream().anyMatch(e -> "stderr".equals(e.subject())
                && e.text().startsWith("ValueError")));
        assertTrue(outcome.error().startsWith("ValueError"), outcome.error());
    }

    @Test
    void stoppingKillsEveryPythonProcessOfTheRun() throws InterruptedException {
        Collected events = new Collected(e -> e.type() == EventType.VALUE_WRITE && e.worker().equals("worker-2"));
        PythonRun run = PythonRun.start(PythonRequest.of("lock", Map.of("lock", "none", "iterations", "10000000",
                "delay", "1000", "workers", "2")), events);
        assertTrue(events.await(), "the workers never wrote");
        run.stop();
        PythonOutcome outcome = run.await(30_000).orElseThrow();
        assertEquals(PythonOutcome.Status.STOPPED, outcome.status());
        assertEquals(-9, outcome.exitCode());
        assertNoneAlive(events.events);
    }

    @Test
    void aKilledWorkerExitsWithMinusNineAsCPythonReportsIt() throws InterruptedException {
        Collected events = new Collected(e -> e.type() == EventType.VALUE_WRITE && e.worker().equals("worker-1"));
        // A Value's reads and writes take its own lock, as in CPython; a worker killed while holding it would
        // leave the main process waiting for it forever. With 10 ms between updates the worker is almost
        // always asleep outside that lock when the kill lands, even on a loaded machine.
        PythonRun run = PythonRun.start(PythonRequest.of("lock", Map.of("lock", "none", "iterations", "100000",
                "delay", "10000", "workers", "1")), events);
        PythonOutcome outcome;
        try {
            assertTrue(events.await(), "the worker never wrote");
            long worker = events.of(EventType.VALUE_WRITE).get(0).pid();
            ProcessHandle.of(worker).orElseThrow().destroyForcibly();
            outcome = run.await(30_000).orElseThrow();
        } finally {
            run.stop();
        }
        long worker = events.of(EventType.VALUE_WRITE).get(0).pid();
        assertTrue(outcome.ok(), String.valueOf(outcome.error()));
        Event exited = events.of(EventType.PROCESS_EXITED).get(0);
        assertEquals(worker, exited.pid());
        assertEquals(-9, exited.index());
        assertEquals(List.of(-9), outcome.workers().stream().map(PythonWorker::exitCode).toList());
        assertNoneAlive(events.events);
    }

    @Test
    void noPythonEndsAtOnceWithWhatToInstall() throws InterruptedException {
        PythonRun run = PythonRun.start(PythonRequest.of("queue", Map.of()).withInterpreter(
                Path.of("/nonexistent/python3")), new Collected(e -> false));
        PythonOutcome outcome = run.await(10_000).orElseThrow();
        assertEquals(PythonOutcome.Status.NO_PYTHON, outcome.status());
        assertTrue(outcome.error().contains("Install Python 3"), outcome.error());
    }

    static long mainPid(Collected events) {
        return events.of(EventType.REPORT).get(0).pid();
    }
}
