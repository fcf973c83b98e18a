package org.proclab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proclab.host.wire.HostLineCodec;
import org.proclab.host.wire.HostMessage;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the real chapters, as {@code proclab run ID --json} does, inside this JVM: the workers are real child
 * JVMs. Sizes are kept small so the whole class stays quick, and every figure is checked exactly.
 */
class ExampleRunTest {
    private static final long OWN_PID = ProcessHandle.current().pid();

    static HostTranscript run(String... args) {
        List<String> argv = new ArrayList<>(List.of("run"));
        argv.addAll(List.of(args));
        argv.add("--json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(argv.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return HostTranscript.parse(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @AfterEach
    void noWorkerJvmIsLeft() throws InterruptedException {
        assertNoChildProcessWithin(5_000);
    }

    static void assertNoChildProcessWithin(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (ProcessHandle.current().descendants().anyMatch(ProcessHandle::isAlive)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(List.of(), ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid).toList());
    }

    private static void assertWorkersExitedCleanly(HostTranscript run, int count) {
        JsonNode workers = run.result().get("workers");
        assertEquals(count, workers.size(), workers.toString());
        Set<Long> pids = new HashSet<>();
        for (JsonNode worker : workers) {
            assertEquals(0, worker.get("exitCode").asInt(), worker.toString());
            pids.add(worker.get("pid").asLong());
        }
        assertEquals(count, pids.size(), "every worker is its own process");
        assertTrue(!pids.contains(OWN_PID) && !pids.contains(-1L), pids.toString());
    }

    @Test
    void queueTotalIsExactlyTheTutorials() {
        HostTranscript run = run("queue");

        assertEquals(0, run.status(), run.stderr());
        assertTrue(run.result().get("ok").asBoolean());
        assertEquals("499667166000", run.report("total"));
        assertWorkersExitedCleanly(run, 2);
        assertTrue(run.output("stdout").contains("[main] total: 499667166000"), run.output("stdout"));
    }

    @Test
    void theProcessJobRunsInAChildOfThisJvm() {
        HostTranscript run = run("process", "--set", "a=20", "--set", "b=22");

        assertEquals(0, run.status(), run.stderr());
        assertEquals(String.valueOf(OWN_PID), run.report("main_pid"));
        long worker = Long.parseLong(run.report("worker_pid"));
        assertNotEquals(OWN_PID, worker);
        assertEquals("0", run.report("exit_code"));
        String printed = run.output("stdout");
        // Default names count up within one JVM (worker-1, worker-2, ...); a CLI run starts from worker-1.
        assertTrue(printed.matches("(?s).*\\[worker-\\d+] job\\(20, 22\\) says: a \\+ b = 42\n.*"), printed);
        assertTrue(printed.contains("] job runs in pid " + worker + "; its parent is pid " + OWN_PID), printed);
    }

    @Test
    void speedGivesPythonsExactIntegerEvenWithTheGil() {
        HostTranscript run = run("speed", "--set", "gil=on", "--set", "n=10000000");

        assertEquals(0, run.status(), run.stderr());
        assertEquals("4999999666666716666660000000", run.report("result"));
        for (String key : List.of("plain_ms", "threads_ms", "processes_ms", "speedup_threads", "speedup_processes")) {
            assertTrue(Double.parseDouble(run.report(key)) > 0, key + " = " + run.report(key));
        }
        assertWorkersExitedCleanly(run, 2);
    }

    @Test
    void speedSweepReportsEveryTimeTheChartNeeds() {
        HostTranscript run = run("speed", "--set", "mode=sweep", "--set", "n=100000000");

        assertEquals(0, run.status(), run.stderr());
        for (long n = 10_000; n <= 100_000_000; n *= 10) {
            for (String way : List.of("plain", "threads", "processes")) {
                String key = "sweep:" + n + ":" + way + "_ms";
                assertTrue(Double.parseDouble(run.report(key)) > 0, key + " = " + run.report(key));
            }
        }
        assertWorkersExitedCleanly(run, 10);
    }

    @Test
    void poolMapsInOrderAndBringsBackTheWorkersStackTrace() {
        HostTranscript run = run("pool", "--set", "processes=2", "--set", "size=4");

        assertEquals(0, run.status(), run.stderr());
        assertEquals("[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]", run.report("map"));
        assertEquals("4", run.report("apply_async"));
        assertEquals("true", run.report("same_as_map"));
        assertEquals(String.valueOf(collatzStepsUpTo(20_000)), run.report("collatz_steps"));
        // The wrong argument count reads like Python's TypeError, said once, not as a ClassCastException.
        String said = run.output("stdout");
        assertTrue(said.contains("square() takes 1 positional argument but 3 were given"), said);
        assertEquals(said.indexOf("takes 1 positional"), said.lastIndexOf("takes 1 positional"), said);
        assertFalse(said.contains("ClassCastException"), said);
        assertWorkersExitedCleanly(run, 2);
    }

    /** Worked out here independently of the example. */
    private static long collatzStepsUpTo(long last) {
        long steps = 0;
        for (long start = 1; start <= last; start++) {
            long n = start;
            while (n != 1) {
                n = n % 2 == 0 ? n / 2 : 3 * n + 1;
                steps++;
            }
        }
        return steps;
    }

    @Test
    void sharedMemoryIsChangedInPlaceAndWrapsLikeC() {
        HostTranscript run = run("shared-memory", "--set", "start=2147483647");

        assertEquals(0, run.status(), run.stderr());
        assertEquals("-2147483648", run.report("value_i"));
        assertEquals("6.28", run.report("value_d"));
        assertEquals("[10, 20, 30, 40]", run.report("array"));
        String printed = run.output("stdout");
        assertTrue(printed.contains("Value.of('x', 0) -> unknown type code 'x'; valid codes: b B h H i I l L q Q f d"),
                printed);
        assertTrue(printed.contains("Array.of('i', [[1, 2], [3, 4]]) -> Array is one-dimensional"), printed);
        assertWorkersExitedCleanly(run, 1);
    }

    @Test
    void withoutALockAndWithADelayUpdatesAreLost() {
        HostTranscript run = run("lock", "--set", "lock=none", "--set", "iterations=2000", "--set", "delay=100");

        assertEquals(0, run.status(), run.stderr());
        assertEquals(8000, run.number("expected"));
        assertTrue(run.number("lost") > 0, "lost " + run.number("lost"));
        assertEquals(run.number("expected") - run.number("final"), run.number("lost"));
        assertEquals(String.valueOf(run.number("final")), run.report("final"));
        assertWorkersExitedCleanly(run, 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"loop", "each", "atomic"})
    void withALockOrAnAtomicAddNothingIsLost(String mode) {
        HostTranscript run = run("lock", "--set", "lock=" + mode, "--set", "iterations=300", "--set", "delay=20",
                "--set", "workers=3");

        assertEquals(0, run.status(), run.stderr());
        assertEquals(2700, run.number("expected"));
        assertEquals(2700, run.number("final"));
        assertEquals(0, run.number("lost"));
        assertWorkersExitedCleanly(run, 3);
    }

    @Test
    void introWorkersCountInTheirOwnMemory() {
        HostTranscript run = run("intro", "--set", "workers=2", "--set", "millis=200");

        assertEquals(0, run.status(), run.stderr());
        assertEquals("0", run.report("main_primes_found"));
        assertTrue(run.output("stdout").contains("[main] main process: my primesFound is still 0"));
        assertWorkersExitedCleanly(run, 2);
    }

    @Test
    void repeatingTheRaceUnderALockGivesTheSameOutcomeEveryTime() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"run", "lock", "--json", "--repeat", "3", "--set", "lock=each",
            "--set", "iterations=20", "--set", "delay=0"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(4, lines.length);
        for (int i = 0; i < 3; i++) {
            HostMessage.Repeat repetition = assertInstanceOf(HostMessage.Repeat.class, HostLineCodec.read(lines[i]));
            assertEquals(i + 1, repetition.run());
            assertEquals(80, repetition.finalValue());
            assertEquals("expected", repetition.grade());
        }
        JsonNode result = HostLineCodec.readResult(lines[3]).raw();
        assertEquals("{\"80\":3}", result.get("histogram").toString());
        assertEquals(3, result.get("runs").asInt());
    }

    @Test
    void aQuestionRunsWithItsOwnSettingsAndRevealsTheWrappedValue() {
        HostTranscript run = run("shared-memory", "--question");

        assertEquals(0, run.status(), run.stderr());
        assertEquals("2147483647", run.result().get("params").get("start").asText());
        assertEquals("-2147483648", run.report("value_i"));
    }

    @Test
    void setOptionsGoOnTopOfTheQuestionsSettings() {
        HostTranscript run = run("lock", "--question", "--set", "iterations=20", "--set", "delay=0");

        assertEquals(0, run.status(), run.stderr());
        assertEquals("none", run.result().get("params").get("lock").asText(), "the question asks about lock=none");
        assertEquals("20", run.result().get("params").get("iterations").asText());
        assertEquals(80, run.number("expected"));
    }
}
