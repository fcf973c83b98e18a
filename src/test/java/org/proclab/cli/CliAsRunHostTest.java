package org.proclab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proclab.host.wire.HostLineCodec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CLI as the app uses it: a separate JVM ("run host") started with {@code java -cp ... Main run ID --json},
 * read line by line, and stopped from outside.
 */
class CliAsRunHostTest {
    private final List<Process> started = new ArrayList<>();

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dproclab.home=" + System.getProperty("proclab.home", "."),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        started.add(process);
        return process;
    }

    private HostTranscript finish(Process process) throws Exception {
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the run host ends by itself");
        return HostTranscript.parse(process.exitValue(), stdout, stderr);
    }

    @AfterEach
    void stopAndCheckNothingIsLeft() throws InterruptedException {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        ExampleRunTest.assertNoChildProcessWithin(5_000);
    }

    @Test
    void aJsonRunEndsWithTheResultLine() throws Exception {
        HostTranscript run = finish(start("run", "queue", "--json"));

        assertEquals(0, run.status(), run.stderr());
        assertEquals("queue", run.result().get("lesson").asText());
        assertEquals("499667166000", run.report("total"));
        assertEquals("", run.stderr());
    }

    @Test
    void badRequestsExitWithStatusTwo() throws Exception {
        HostTranscript unknown = finish(start("run", "nope"));
        assertEquals(2, unknown.status());
        assertEquals("unknown lesson \"nope\"; available: intro, process, queue, speed, pool, shared-memory, lock\n",
                unknown.stderr());

        HostTranscript absurd = finish(start("run", "lock", "--set", "iterations=1000000000000"));
        assertEquals(2, absurd.status());
        assertEquals("iterations must be from 1 to 10000000; got 1000000000000\n", absurd.stderr());

        HostTranscript crowd = finish(start("run", "lock", "--set", "workers=1000000"));
        assertEquals(2, crowd.status());
        assertEquals("workers must be from 1 to 8; got 1000000\n", crowd.stderr());
    }

    @Test
    void listPrintsEveryChapterWithItsTitle() throws Exception {
        Process list = start("list");
        String stdout = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(list.waitFor(30, TimeUnit.SECONDS));

        assertEquals(0, list.exitValue());
        String[] lines = stdout.split("\n");
        assertEquals(7, lines.length, stdout);
        assertEquals("intro\tProcesses, threads and cores", lines[0]);
        assertEquals("lock\tLost updates and the Lock", lines[6]);
    }

    @Test
    void stoppingTheRunHostLeavesNoWorkerBehind() throws Exception {
        Process host = start("run", "intro", "--json", "--set", "workers=2", "--set", "millis=10000");
        BufferedReader lines = new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8));
        // The workers are the pids their PROCESS_STARTED events name: a snapshot of the host's descendants
        // taken after the second event depends on how far the OS has got, the events do not.
        List<ProcessHandle> workers = new ArrayList<>();
        for (String line = lines.readLine(); line != null && workers.size() < 2; line = lines.readLine()) {
            if (line.contains("\"type\":\"PROCESS_STARTED\"")) {
                long pid = HostLineCodec.readEvent(line).pid();
                workers.add(ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("worker " + pid + " is gone")));
            }
        }
        assertEquals(2, workers.size(), "both workers started");
        for (ProcessHandle worker : workers) {
            assertTrue(worker.isAlive(), "worker " + worker.pid() + " runs until the host is stopped");
            assertEquals(host.pid(), worker.parent().map(ProcessHandle::pid).orElse(-1L), "a child of the host");
        }

        host.destroy();   // SIGTERM, as Ctrl+C or the app's Stop would end it

        assertTrue(host.waitFor(10, TimeUnit.SECONDS));
        long deadline = System.currentTimeMillis() + 5_000;
        while (workers.stream().anyMatch(ProcessHandle::isAlive) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(workers.stream().noneMatch(ProcessHandle::isAlive), "the shutdown hook ended the workers");
    }

    @Test
    void inStepModeTheDriverPlaysTheSchedulerAndCanLoseAnUpdateOnPurpose() throws Exception {
        Process host = start("run", "lock", "--json", "--step", "--set", "iterations=1", "--set", "delay=0");
        BufferedReader lines = new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8));
        Writer commands = new OutputStreamWriter(host.getOutputStream(), StandardCharsets.UTF_8);
        int readsPaused = 0;
        int writesPaused = 0;
        String result = null;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("{\"type\":\"result\"")) {
                result = line;
            } else if (line.contains("\"type\":\"STEP_PAUSED\"") && line.contains("\"new\":\"read\"")
                    && ++readsPaused == 2) {
                send(commands, "step worker-1\nstep worker-2\n");   // both read 0 before anyone writes
            } else if (line.contains("\"type\":\"STEP_PAUSED\"") && line.contains("\"new\":\"write\"")
                    && ++writesPaused == 2) {
                send(commands, "step worker-1\n");                   // worker-1 writes 0 + 1 ...
            } else if (line.contains("\"type\":\"VALUE_WRITE\"") && line.contains("\"worker\":\"worker-1\"")) {
                send(commands, "step worker-2\n");                   // ... then worker-2 writes 0 + 3 over it
            }
        }
        assertTrue(host.waitFor(30, TimeUnit.SECONDS));

        assertEquals(0, host.exitValue());
        JsonNode outcome = HostLineCodec.readResult(result).raw();
        assertEquals(4, outcome.get("expected").asLong());
        assertEquals(3, outcome.get("final").asLong());
        assertEquals(1, outcome.get("lost").asLong());
    }

    @Test
    void aWholeRecordedSequenceSentAtOnceReplaysTheSameInterleaving() throws Exception {
        Process host = start("run", "lock", "--json", "--step", "--set", "iterations=2", "--set", "delay=0");
        Writer commands = new OutputStreamWriter(host.getOutputStream(), StandardCharsets.UTF_8);
        // Both read 0; worker-1 writes 1, reads 1, writes 2; worker-2 writes 3 over it, reads 3, writes 6.
        send(commands, "step worker-1\nstep worker-2\nstep worker-1\nstep worker-1\nstep worker-1\n"
                + "step worker-2\nstep worker-2\nstep worker-2\n");
        commands.close();

        HostTranscript run = finish(host);
        assertEquals(0, run.status(), run.stderr());
        assertEquals(8, run.number("expected"));
        assertEquals(6, run.number("final"), run.output("stderr"));
        assertEquals(2, run.number("lost"));
    }

    private static void send(Writer commands, String text) throws IOException {
        commands.write(text);
        commands.flush();
    }
}
