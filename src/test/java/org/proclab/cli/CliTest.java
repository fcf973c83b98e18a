package org.proclab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.fold.StepTracker;
import org.proclab.host.wire.HostLineCodec;
import org.proclab.lesson.CourseLoader;
import org.proclab.lesson.LessonFixture;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI's own behaviour, with a stand-in example that needs no worker JVM. */
class CliTest {
    private static final long PID = ProcessHandle.current().pid();

    private static final String RACE_PARAMS = "{\"name\": \"lock\", \"type\": \"choice\", \"default\": \"none\","
            + " \"choices\": [\"none\", \"each\"], \"help\": {\"en\": \"l\", \"zh\": \"l\"}},"
            + " {\"name\": \"iterations\", \"type\": \"int\", \"default\": 10, \"min\": 1, \"max\": 100,"
            + " \"help\": {\"en\": \"i\", \"zh\": \"i\"}},"
            + " {\"name\": \"workers\", \"type\": \"int\", \"default\": 2, \"min\": 1, \"max\": 2,"
            + " \"help\": {\"en\": \"w\", \"zh\": \"w\"}}";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @BeforeEach
    void writeCourse() {
        new LessonFixture(dir).course("echo", "other", "race")
                .chapter("echo", EchoExample.class.getName())
                .chapter("other", "org.example.NotCompiledExample")
                .write("race/chapter.json", LessonFixture.chapterJson(RaceStandInExample.class.getName(),
                        "RaceStandInExample.java", "[" + RACE_PARAMS + "]"))
                .write("race/lesson.en.md", "# race\n").write("race/lesson.zh.md", "# race\n")
                .write("race/RaceStandInExample.java", "class RaceStandInExample {}\n");
        RaceStandInExample.RUNS.set(0);
    }

    private int run(String... args) {
        return new RunSubcommand(CourseLoader.load(dir), out, err).run(List.of(args));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listPrintsIdTabTitleAndNamesBrokenChapters() {
        assertEquals(0, ListCommand.run(CourseLoader.load(dir), out, err));
        assertEquals("echo\tTitle of EchoExample.java\nother\tTitle of NotCompiledExample.java\n"
                + "race\tTitle of RaceStandInExample.java\n", out());

        new LessonFixture(dir).delete("other/lesson.en.md");
        outBytes.reset();
        assertEquals(1, ListCommand.run(CourseLoader.load(dir), out, err));
        assertEquals("echo\tTitle of EchoExample.java\nrace\tTitle of RaceStandInExample.java\n", out());
        assertEquals("not loaded: " + dir.resolve("other/lesson.en.md") + ": file is missing\n", err());
    }

    @Test
    void textModeTagsEveryLineAndEndsWithASummary() {
        PrintStream before = System.out;

        assertEquals(0, run("echo", "--set", "n=4"));

        assertSame(before, System.out, "System.out is given back");
        String text = out();
        assertTrue(text.startsWith("== Title of EchoExample.java (echo) ==\nparams: n=4\nPredict first: How much?\n"),
                text);
        assertTrue(text.contains("[main pid " + PID + "] hello n=4\n"), text);
        assertTrue(text.contains("[main pid " + PID + "] no newline at the end\n"), text);
        assertTrue(text.contains("  expected = 40\n  final = 36\n"), text);
        assertTrue(text.contains("expected 40, final 36, lost 4\n"), text);
        assertTrue(text.contains("Answer: Six."), text);
        assertEquals("[main pid " + PID + "] to stderr: 中文\n", err());
    }

    @Test
    void chineseLabelsAndTitleWithLangZh() {
        assertEquals(0, run("echo", "--lang", "zh"));

        assertTrue(out().startsWith("== 标题 (echo) ==\n参数: n=3\n先猜一猜: 多少？\n"), out());
        assertTrue(out().contains("预期 30, 实际 26, 丢失 4"), out());
    }

    @Test
    void jsonModeWritesOneEventPerLineThenTheResult() throws Exception {
        assertEquals(0, run("echo", "--json", "--set=n=2"));

        String[] lines = out().split("\n");
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < lines.length - 1; i++) {
            events.add(HostLineCodec.readEvent(lines[i]));
        }
        assertTrue(events.stream().anyMatch(e -> e.type() == EventType.OUTPUT && "stdout".equals(e.subject())
                && "hello n=2".equals(e.text()) && e.pid() == PID && "main".equals(e.worker())), out());
        assertTrue(events.stream().anyMatch(e -> e.type() == EventType.OUTPUT && "stderr".equals(e.subject())
                && "to stderr: 中文".equals(e.text())), out());
        JsonNode result = HostLineCodec.readResult(lines[lines.length - 1]).raw();
        assertEquals("result", result.get("type").asText());
        assertEquals("echo", result.get("lesson").asText());
        assertTrue(result.get("ok").asBoolean());
        assertEquals("2", result.get("params").get("n").asText());
        assertEquals("20", result.get("reports").get("expected").asText());
        assertEquals(20, result.get("expected").asLong());
        assertEquals(16, result.get("final").asLong());
        assertEquals(4, result.get("lost").asLong());
        assertTrue(result.get("workers").isArray());
        assertEquals("", err());
    }

    @Test
    void anExampleThatThrowsExitsOneAndShowsWhy() throws Exception {
        assertEquals(1, run("echo", "--json", "--set", "n=9"));

        String[] lines = out().split("\n");
        JsonNode result = HostLineCodec.readResult(lines[lines.length - 1]).raw();
        assertFalse(result.get("ok").asBoolean());
        assertEquals("java.lang.IllegalStateException: nine is unlucky", result.get("error").asText());
        assertTrue(out().contains("\"text\":\"java.lang.IllegalStateException: nine is unlucky\""), out());
    }

    @Test
    void badRequestsExitTwoAndSayWhatIsAllowed() {
        assertEquals(2, run("nope"));
        assertEquals("unknown lesson \"nope\"; available: echo, other, race\n", err());

        errBytes.reset();
        assertEquals(2, run("echo", "--set", "m=1"));
        assertEquals("unknown parameter \"m\" for lesson \"echo\"; allowed: n (1..10)\n", err());

        errBytes.reset();
        assertEquals(2, run("echo", "--set", "n=1000000"));
        assertEquals("n must be from 1 to 10; got 1000000\n", err());

        errBytes.reset();
        assertEquals(2, run("echo", "--set", "n=many"));
        assertEquals("n must be a whole number from 1 to 10; got \"many\"\n", err());

        errBytes.reset();
        assertEquals(2, run("echo", "--fast"));
        assertTrue(err().startsWith("unknown option \"--fast\"\nusage: proclab run ID"), err());

        errBytes.reset();
        assertEquals(2, run("echo", "--lang", "fr"));
        assertTrue(err().startsWith("unknown language \"fr\"; use en or zh"), err());
        assertEquals("", out());
    }

    @Test
    void anExampleThatWasNotCompiledIsAFailureNotACrash() {
        assertEquals(1, run("other"));
        assertTrue(err().startsWith("lesson \"other\": its example org.example.NotCompiledExample cannot be run"),
                err());
    }

    @Test
    void mainDispatchesAndRejectsUnknownCommands() {
        assertEquals(2, Main.run(new String[] {"frobnicate"}, out, err));
        assertTrue(err().startsWith("unknown command \"frobnicate\"\nusage: proclab list"), err());
        assertEquals(2, Main.run(new String[0], out, err));
        assertEquals(0, Main.run(new String[] {"--help"}, out, err));
        assertTrue(out().startsWith("usage: proclab list"));
        assertEquals(2, Main.run(new String[] {"list", "extra"}, out, err));
    }

    @Test
    void badStepCommandsBecomeWarnings() throws Exception {
        List<String> warnings = new ArrayList<>();
        StepWaiter states = new StepWaiter();
        states.accept(Event.of(EventType.PROCESS_STARTED, "done", 7, null));
        states.accept(Event.of(EventType.PROCESS_EXITED, "done", 7, null));
        states.accept(Event.of(EventType.STEP_PAUSED, "waiting", 8, "lock"));
        states.accept(Event.of(EventType.LOCK_WAIT, "waiting", 8, "lock").withText("held by pid 9"));
        StepCommands commands = new StepCommands(states, name -> false, 50);
        try (AutoCloseable sub = ProcessContext.events().subscribe(e -> {
            if (e.type() == EventType.WARNING) {
                warnings.add(e.text());
            }
        })) {
            commands.handle("go faster");
            commands.handle("step nobody");
            commands.handle("");
            commands.handle("step done");
            commands.handle("step waiting");
        }
        assertEquals(List.of("unknown command \"go faster\"; in step mode write: step WORKER-NAME",
                "no running worker is named \"nobody\"", "done has finished: it has no step left",
                "waiting cannot take a step: it waits for lock, held by pid 9"), warnings);
    }

    /** One command is one operation: the next command waits until the stepped worker has done it. */
    @Test
    void aStepWaitsForThePauseThenForTheOperationToFinish() throws Exception {
        StepWaiter states = new StepWaiter();
        List<String> stepped = new java.util.concurrent.CopyOnWriteArrayList<>();
        StepCommands commands = new StepCommands(states, name -> stepped.add(name), 10_000);
        states.accept(Event.of(EventType.PROCESS_STARTED, "A", 1, null));
        Thread later = new Thread(() -> {
            sleep(300);
            states.accept(Event.of(EventType.STEP_PAUSED, "A", 1, "v"));   // A reaches its first step
            sleep(300);
            states.accept(Event.of(EventType.STEP_PAUSED, "A", 1, "v"));   // A did it and paused again
        });
        long start = System.nanoTime();
        later.start();

        commands.handle("step A");

        long waited = (System.nanoTime() - start) / 1_000_000;
        later.join();
        assertEquals(List.of("A"), stepped);
        assertTrue(waited >= 550 && waited < 5_000, "waited for both pauses: " + waited + " ms");
        assertEquals(StepTracker.Status.PAUSED, states.status("A"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void repeatModeGivesALinePerRunThenTheGradedHistogram() throws Exception {
        assertEquals(0, run("race", "--json", "--repeat", "5"));

        String[] lines = out().split("\n");
        assertEquals(6, lines.length, out());
        assertEquals("{\"type\":\"repeat\",\"run\":1,\"outcome\":\"40\",\"expected\":40,\"final\":40,\"lost\":0,"
                + "\"grade\":\"expected\",\"ms\":", lines[0].substring(0, lines[0].indexOf("\"ms\":") + 5));
        assertTrue(lines[1].contains("\"final\":39,\"lost\":1,\"grade\":\"interesting\""), lines[1]);
        assertTrue(lines[3].contains("\"final\":3,\"lost\":37,\"grade\":\"forbidden\""), lines[3]);
        JsonNode result = HostLineCodec.readResult(lines[5]).raw();
        assertEquals("result", result.get("type").asText());
        assertTrue(result.get("ok").asBoolean());
        assertEquals(5, result.get("runs").asInt());
        assertEquals("none", result.get("lockMode").asText());
        assertEquals(40, result.get("expected").asLong());
        assertEquals(4, result.get("minimum").asLong());
        assertEquals("{\"3\":1,\"39\":1,\"40\":3}", result.get("histogram").toString());
        assertEquals("{\"3\":\"forbidden\",\"39\":\"interesting\",\"40\":\"expected\"}",
                result.get("grades").toString());
        assertFalse(out().contains("OUTPUT"), "no per-event output in repeat mode");
    }

    @Test
    void repeatModeInTextUnderALockGradesALossAsForbidden() {
        assertEquals(0, run("race", "--repeat=2", "--set", "lock=each", "--set", "iterations=5"));

        assertEquals("run 1: final 20 of 20, lost 0 (expected) in ", out().substring(0, out().indexOf(" in ") + 4));
        assertTrue(out().contains("run 2: final 19 of 20, lost 1 (forbidden) in "), out());
        assertTrue(out().contains("-- race: 2 runs in "), out());
        assertTrue(out().contains("expected 20; lock=each loses no update, so any other value is a ProcLab bug\n"
                + "            19  x1      50.0%  forbidden\n"
                + "            20  x1      50.0%  expected\n"), out());
    }

    @Test
    void repeatModeStopsAtTheFirstFailureAndBadCountsAreUsageErrors() throws Exception {
        assertEquals(1, run("echo", "--json", "--repeat", "3", "--set", "n=9"));
        String[] lines = out().split("\n");
        JsonNode result = HostLineCodec.readResult(lines[lines.length - 1]).raw();
        assertFalse(result.get("ok").asBoolean());
        assertEquals(0, result.get("runs").asInt());
        assertEquals("java.lang.IllegalStateException: nine is unlucky", result.get("error").asText());

        errBytes.reset();
        assertEquals(2, run("echo", "--repeat", "0"));
        assertTrue(err().startsWith("--repeat must be a whole number from 1 to 10000; got \"0\"\n"), err());
        errBytes.reset();
        assertEquals(2, run("echo", "--repeat", "--json"));
        assertTrue(err().startsWith("--repeat must be a whole number from 1 to 10000; got \"--json\""), err());
        errBytes.reset();
        assertEquals(2, run("echo", "--repeat", "2", "--step"));
        assertTrue(err().startsWith("--step and --repeat cannot be combined"), err());
    }
}
