package org.proclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonSideTest {

    @Test
    void lastJsonLineIsTheResult() throws IOException {
        JsonNode node = PythonSide.parse("noise\n{\"ok\": true, \"seconds\": 0.5}\n\n", "", 0);
        assertEquals(0.5, node.path("seconds").asDouble());
    }

    @Test
    void reportedErrorsAndCrashesBecomeExceptions() {
        IOException reported = assertThrows(IOException.class,
                () -> PythonSide.parse("{\"ok\": false, \"error\": \"RuntimeError: lost\"}", "", 1));
        assertTrue(reported.getMessage().contains("RuntimeError: lost"));
        IOException crashed = assertThrows(IOException.class,
                () -> PythonSide.parse("", "Traceback ... ImportError: x", 1));
        assertTrue(crashed.getMessage().contains("ImportError"));
        assertThrows(IOException.class, () -> PythonSide.parse("not json", "", 0));
    }

    @Test
    void figuresArePickedByField() throws IOException {
        JsonNode json = PythonSide.parse("{\"ok\":true,\"spawn\":0.12,\"fork\":0.005,\"method\":\"fork\"}", "", 0);
        Map<String, Double> rows = Figures.pick(json, Map.of("start.spawn", "spawn", "start.cold", "spawn",
                "start.fork", "fork", "start.forkserver", "forkserver", "x", "method"));
        assertEquals(Map.of("start.spawn", 0.12, "start.cold", 0.12, "start.fork", 0.005), rows);
    }

    @Test
    void interpreterComesFromOptionThenEnvThenPath(@TempDir Path dir) throws IOException {
        Path python = dir.resolve("python3");
        Files.writeString(python, "#!/bin/sh\n");
        assertTrue(python.toFile().setExecutable(true));
        assertEquals(Optional.of(Path.of("/x/py")), PythonLocator.interpreter(Path.of("/x/py"), Map.of()));
        assertEquals(Optional.of(Path.of("/env/py")),
                PythonLocator.interpreter(null, Map.of("PROCLAB_PYTHON", "/env/py", "PATH", dir.toString())));
        assertEquals(Optional.of(python), PythonLocator.interpreter(null, Map.of("PATH", "/nonexistent:" + dir)));
        assertEquals(Optional.empty(), PythonLocator.interpreter(null, Map.of("PATH", "/nonexistent")));
    }

    @Test
    void cpuModelIsReadFromCpuinfo() {
        assertEquals("AMD EPYC 7B13", MachineInfo.cpuModel(List.of("processor\t: 0", "model name\t: AMD EPYC 7B13")));
        assertEquals("unknown", MachineInfo.cpuModel(List.of("processor\t: 0")));
    }

    /** Runs our real script briefly (no timing asserted) where python3 is installed. */
    @Test
    void scriptRunsAndChecksItsResults() throws IOException {
        Optional<Path> interpreter = PythonLocator.interpreter(null, System.getenv());
        Optional<Path> script = PythonLocator.script();
        Assumptions.assumeTrue(interpreter.isPresent() && script.isPresent(), "python3 or the script is missing");
        PythonSide python = PythonSide.start(interpreter.get(), script.get());
        assertTrue(python.version().startsWith("CPython 3"), python.version());
        JsonNode queue = python.run(Duration.ofSeconds(60), List.of("queue", "--n", "200"));
        assertTrue(queue.path("msgs_per_s").asDouble() > 0);
        JsonNode speed = python.run(Duration.ofSeconds(60), List.of("speed", "--n", "1000"));
        assertEquals(1000, speed.path("n").asLong());
        assertTrue(speed.has("speedup_processes"));
    }
}
