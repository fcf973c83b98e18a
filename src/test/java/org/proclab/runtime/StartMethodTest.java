package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.spawn.WorkerConnection;
import org.proclab.runtime.spawn.WorkerLauncher;

/** Start methods as Python names them: "spawn" starts a JVM per process, "standby" hands jobs to waiting JVMs. */
class StartMethodTest {
    @AfterEach
    void noLeftovers() {
        Leftovers.assertNone();
    }

    static void reportPid(Queue<Long> out) {
        out.put(ProcessHandle.current().pid());
    }

    @Test
    void standbyHandsTheJobToAJvmThatWasAlreadyUpAndSpawnStartsANewOne() {
        assertEquals(List.of("spawn", "standby"), ProcLabRuntime.allStartMethods());
        assertEquals("spawn", ProcLabRuntime.getStartMethod());

        ProcLabRuntime.setStartMethod("standby");
        assertEquals("standby", ProcLabRuntime.getStartMethod());
        assertEquals(Process.cpuCount(), ProcLabRuntime.readyStandbys());
        Set<Long> waiting = WorkerLauncher.live().stream().map(WorkerConnection::pid).collect(Collectors.toSet());
        Queue<Long> out = new Queue<>();
        Process fromStandby = new Process(StartMethodTest::reportPid, out);
        fromStandby.start();
        fromStandby.join();
        assertTrue(waiting.contains(out.get(Duration.ZERO)), "the job ran in one of the standbys " + waiting);

        ProcLabRuntime.setStartMethod("spawn");
        assertEquals("spawn", ProcLabRuntime.getStartMethod());
        Set<Long> before = WorkerLauncher.live().stream().map(WorkerConnection::pid).collect(Collectors.toSet());
        Process fresh = new Process(StartMethodTest::reportPid, out);
        fresh.start();
        fresh.join();
        long pid = out.get(Duration.ZERO);
        assertTrue(!before.contains(pid) && !waiting.contains(pid), "a new JVM ran the job");
    }

    @Test
    void forkIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProcLabRuntime.setStartMethod("fork"));
        assertEquals("unknown start method \"fork\"; use one of [spawn, standby] (a JVM cannot fork a copy of itself)",
                e.getMessage());
    }
}
