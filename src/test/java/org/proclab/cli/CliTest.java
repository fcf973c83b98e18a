package org.proclab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.lesson.CourseLoader;
import org.proclab.lesson.LessonFixture;
import org.proclab.runtime.ProcessContext;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventJson;
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

    @TempDir
    Path dir;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @BeforeEach
    void writeCourse() {
        new LessonFixture(dir).course("echo", "other")
                .chapter("echo", EchoExample.class.getName())
                .chapter("other", "org.example.NotCompiledExample");
    }

    private int run(String... args) {
        return new RunCommand(CourseLoader.load(dir), out, err).run(List.of(args));
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
        assertEquals("echo\tTitle of EchoExample.java\nother\tTitle of NotCompiledExample.java\n", out());

        new LessonFixture(dir).delete("other/lesson.en.md");
        outBytes.reset();
        assertEquals(1, ListCommand.run(CourseLoader.load(dir), out, err));
        assertEquals("echo\tTitle of EchoExample.java\n", out());
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
            events.add(EventJson.fromJson(lines[i]));
        }
        assertTrue(events.stream().anyMatch(e -> e.type() == EventType.OUTPUT && "stdout".equals(e.subject())
                && "hello n=2".equals(e.text()) && e.pid() == PID && "main".equals(e.worker())), out());
        assertTrue(events.stream().anyMatch(e -> e.type() == EventType.OUTPUT && "stderr".equals(e.subject())
                && "to stderr: 中文".equals(e.text())), out());
        JsonNode result = EventJson.mapper().readTree(lines[lines.length - 1]);
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
        JsonNode result = EventJson.mapper().readTree(lines[lines.length - 1]);
        assertFalse(result.get("ok").asBoolean());
        assertEquals("java.lang.IllegalStateException: nine is unlucky", result.get("error").asText());
        assertTrue(out().contains("\"text\":\"java.lang.IllegalStateException: nine is unlucky\""), out());
    }

    @Test
    void badRequestsExitTwoAndSayWhatIsAllowed() {
        assertEquals(2, run("nope"));
        assertEquals("unknown lesson \"nope\"; available: echo, other\n", err());

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
        try (AutoCloseable sub = ProcessContext.events().subscribe(e -> {
            if (e.type() == EventType.WARNING) {
                warnings.add(e.text());
            }
        })) {
            StepCommands.handle("go faster");
            StepCommands.handle("step nobody");
            StepCommands.handle("");
        }
        assertEquals(List.of("unknown command \"go faster\"; in step mode write: step WORKER-NAME",
                "no running worker is named \"nobody\""), warnings);
    }
}
