package org.proclab.python;

import org.junit.jupiter.api.Test;
import org.proclab.lesson.CourseLoader;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What {@code proclab run ID --python} will print, in both of the CLI's formats. */
class PythonRunMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws InterruptedException {
        return PythonRunMain.run(List.of(args), CourseLoader.loadDefault(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theTextFormatTagsLinesAndEndsWithTheSummaryAndAnswer() throws InterruptedException {
        assumeTrue(PythonInterpreter.find().isPresent(), "no python3 on PATH: the Python side cannot run here");
        assertEquals(0, run("queue"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("== Getting results back with a Queue (queue, Python) ==\nparams: n=1000 workers=2\n"), text);
        assertTrue(text.matches("(?s).*\\[main pid \\d+] total: 499667166000\n.*"), text);
        assertTrue(text.contains("\nreports:\n  total = 499667166000\n"), text);
        assertTrue(text.contains("[total = 499667166000]"), text);
    }

    @Test
    void theJsonFormatEndsWithAResultLineCarryingTheLockFigures() throws InterruptedException {
        assumeTrue(PythonInterpreter.find().isPresent(), "no python3 on PATH: the Python side cannot run here");
        assertEquals(0, run("lock", "--json", "--set", "lock=each", "--set", "workers=3", "--set", "iterations=200"));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        // Read with the host's own codec, as the window reads a Java run.
        org.proclab.host.wire.HostResult result = org.proclab.host.wire.HostLineCodec.readResult(lines[lines.length - 1]);
        assertEquals("lock", result.lesson());
        assertTrue(result.ok());
        assertEquals("python", result.raw().path("language").asText());
        assertEquals(1800L, result.figures().get("expected"));
        assertEquals(1800L, result.figures().get("final"));
        assertEquals(0L, result.figures().get("lost"));
        long writes = java.util.Arrays.stream(lines).map(org.proclab.host.wire.HostLineCodec::read)
                .filter(m -> m instanceof org.proclab.host.wire.HostMessage.EventLine
                        && ((org.proclab.host.wire.HostMessage.EventLine) m).event().type()
                        == org.proclab.runtime.event.EventType.VALUE_WRITE)
                .count();
        assertEquals(600, writes);
    }

    @Test
    void anUnknownLessonOrParameterIsAUsageMistake() throws InterruptedException {
        assertEquals(2, run("nope"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown lesson \"nope\""));
        assertEquals(2, run("lock", "--set", "lock=sometimes"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("lock must be one of none, loop, each, atomic"),
                err.toString(StandardCharsets.UTF_8));
    }
}
