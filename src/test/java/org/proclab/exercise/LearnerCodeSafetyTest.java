package org.proclab.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proclab.compile.CompileResult;
import org.proclab.compile.RunDirectory;
import org.proclab.compile.SourceCompiler;
import org.proclab.host.HostCommand;
import org.proclab.host.RunHost;
import org.proclab.runtime.Leftovers;
import org.proclab.runtime.event.EventType;

/** Learner code misbehaving in the run host and its workers: handled like any worker fault, nothing left. */
class LearnerCodeSafetyTest {
    private static final SourceCompiler COMPILER = SourceCompiler.standard();

    @AfterEach
    void nothingLeft() {
        Leftovers.assertNone();
    }

    private static String program(String mainBody, String workerBody) {
        return "import org.proclab.runtime.Process;\n"
                + "public class Rogue {\n"
                + "    static void work(int k) {\n" + workerBody + "\n    }\n"
                + "    public static void main(String[] args) {\n" + mainBody + "\n    }\n"
                + "}\n";
    }

    private static RunTranscript run(String source, Duration stopAfter, long[] stopMillis) throws Exception {
        CompileResult compiled = COMPILER.compile("Rogue.java", source);
        assertTrue(compiled.ok(), compiled.problems().toString());
        try (RunDirectory dir = RunDirectory.create(compiled.classes())) {
            RunTranscript t = new RunTranscript();
            RunHost host = RunHost.start(HostCommand.forProgram("Rogue", Map.of(), dir.classes()), t::accept);
            if (stopAfter != null) {
                Thread.sleep(stopAfter.toMillis());
                long t0 = System.nanoTime();
                // A zombie may outlast the stop's one second on a loaded machine; Leftovers (after each) is the judge.
                host.stop();
                stopMillis[0] = (System.nanoTime() - t0) / 1_000_000;
            }
            assertTrue(host.awaitExit(Duration.ofSeconds(60)));
            return t;
        }
    }

    @Test
    void anEndlessLoopInAWorkerIsStoppedWithinASecond() throws Exception {
        long[] stop = new long[1];
        RunTranscript t = run(program("Process p = new Process(Rogue::work, 1); p.start(); p.join();",
                "while (true) { Thread.onSpinWait(); }"), Duration.ofSeconds(3), stop);
        assertTrue(stop[0] <= 1_300, "stop took " + stop[0] + " ms");
        // The host may still write its summary while it goes down: the looping worker did not end by itself.
        assertTrue(t.result() == null || t.result().workers().stream().allMatch(w -> w.exitCode() != null
                && w.exitCode() != 0), String.valueOf(t.result()));
    }

    @Test
    void systemExitInTheMainProgramEndsTheHostAndItsWorkers() throws Exception {
        RunTranscript t = run(program("Process p = new Process(Rogue::work, 1); p.start(); System.exit(3);",
                "try { Thread.sleep(60_000); } catch (InterruptedException e) { }"), null, null);
        assertEquals(3, t.exitCode());
    }

    @Test
    void aHugeAllocationInAWorkerFailsThatWorkerOnly() throws Exception {
        RunTranscript t = run(program("Process p = new Process(Rogue::work, 1); p.start(); p.join();"
                        + " System.out.println(\"worker exit code \" + p.exitCode());",
                "long[][] hog = new long[64][]; for (int i = 0; i < 64; i++) { hog[i] = new long[100_000_000]; }"),
                null, null);
        assertNotNull(t.result(), t.warnings().toString());
        assertTrue(t.output().contains("worker exit code 1"), t.output().toString());
    }

    @Test
    void aFloodOfOutputIsCappedWithANote() throws Exception {
        RunTranscript t = run(program("for (int i = 0; i < 120_000; i++) { System.out.println(\"line \" + i); }",
                "return;"), null, null);
        assertNotNull(t.result());
        List<String> out = t.output();
        assertEquals(50_000, out.size());
        assertEquals("line 49999", out.get(out.size() - 1));
        assertTrue(t.count(EventType.WARNING) >= 2);
    }
}
