package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What CPython's own test suite checks of {@code Process} (Lib/test/_test_multiprocessing.py, _TestProcess),
 * written again for ProcLab with real worker JVMs: exit codes, signals, joins, is_alive, waits, close.
 */
class ProcessLifecycleTest {
    @AfterEach
    void noLeftovers() {
        Leftovers.assertNone();
    }

    static void exitWith(Integer code) {
        System.exit(code);
    }

    @Test
    void systemExitGivesItsOwnCodeEvenWhereASignalWouldGiveTheSameStatus() {
        // 130 and 143 are also what the OS reports after SIGINT and SIGTERM: only the worker can tell them apart.
        int[] codes = {0, 1, 2, 8, 130, 137, 143, 255};
        List<Process> processes = new ArrayList<>();
        for (int code : codes) {
            Process p = new Process(ProcessLifecycleTest::exitWith, code);
            p.start();
            processes.add(p);
        }
        Map<Integer, Integer> got = new TreeMap<>();
        for (int i = 0; i < codes.length; i++) {
            processes.get(i).join();
            got.put(codes[i], processes.get(i).exitCode());
        }
        Map<Integer, Integer> expected = new TreeMap<>();
        for (int code : codes) {
            expected.put(code, code);
        }
        assertEquals(expected, got);
        assertEquals("exited with status 130 (System.exit)", processes.get(4).exitReason());
    }

    static void announceAndSleep(Queue<String> up) throws InterruptedException {
        up.put("up");
        Thread.sleep(60_000);
    }

    @Test
    void signalsFromOutsideGiveMinusTheSignalNumber() throws Exception {
        assertEquals(List.of(-15, -9), signalled("TERM", "KILL"));
    }

    @Test
    void anInterruptFromOutsideGivesMinusTwo() throws Exception {
        // A shell starts background jobs with SIGINT ignored, and their children inherit that: no JVM then
        // hears an interrupt, in Python or in Java.
        assumeFalse(ignoredHere(2), "SIGINT is ignored in this process tree");
        assertEquals(List.of(-2), signalled("INT"));
    }

    /** Starts one sleeping worker per signal, sends each its signal once its target runs, returns the codes. */
    private static List<Integer> signalled(String... signals) throws Exception {
        Queue<String> up = new Queue<>();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < signals.length; i++) {
            Process p = new Process(ProcessLifecycleTest::announceAndSleep, up);
            p.start();
            processes.add(p);
        }
        for (int i = 0; i < signals.length; i++) {
            // Every target runs (its JVM has set up everything) before the signals arrive.
            assertEquals("up", up.get(Duration.ofSeconds(60)));
        }
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < signals.length; i++) {
            signal(signals[i], processes.get(i).pid());
        }
        for (Process p : processes) {
            assertTrue(p.join(Duration.ofSeconds(30)), p + " ended");
            codes.add(p.exitCode());
        }
        return codes;
    }

    private static boolean ignoredHere(int signal) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & (1L << (signal - 1))) != 0;
            }
        }
        return false;
    }

    @Test
    void terminateWhileRunningJoinsWithMinusFifteenAndJoiningAgainReturnsAtOnce() {
        Process p = new Process(() -> Thread.sleep(60_000));
        p.start();
        assertTrue(p.isAlive(), "alive from start(), before the JVM has said hello");
        assertNull(p.exitCode());
        assertFalse(p.join(Duration.ofMillis(200)), "a join that times out leaves it running");
        assertFalse(p.join(Duration.ofMillis(-5)), "a negative timeout counts as zero");
        assertTrue(p.isAlive());
        p.terminate();
        p.join();
        p.join();
        assertTrue(p.join(Duration.ZERO));
        assertFalse(p.isAlive());
        assertEquals(-15, p.exitCode());
        assertEquals("terminated (signal 15, SIGTERM)", p.exitReason());
    }

    static void lateThread(Queue<String> out) {
        Thread worker = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException ex) {
                return;
            }
            out.put("thread finished");
        });
        worker.start();
    }

    static void idleDaemonThread() {
        Thread idle = new Thread(() -> {
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException ignored) {
                // ends with the JVM
            }
        });
        idle.setDaemon(true);
        idle.start();
    }

    @Test
    void aWorkerWaitsForItsNonDaemonThreadsButNotForDaemonThreads() {
        Queue<String> out = new Queue<>();
        Process p = new Process(ProcessLifecycleTest::lateThread, out);
        p.start();
        p.join();
        assertEquals(0, p.exitCode());
        assertEquals("thread finished", out.get(Duration.ZERO));

        Process d = new Process(ProcessLifecycleTest::idleDaemonThread);
        d.start();
        assertTrue(d.join(Duration.ofSeconds(30)), "a daemon thread does not keep the worker alive");
        assertEquals(0, d.exitCode());
    }

    static void reportSelf(Queue<String> out) {
        CurrentProcess me = Process.currentProcess();
        out.put(me.name() + " " + me.pid() + " " + me.daemon() + " " + me.main());
    }

    static void startGrandchild(Queue<String> out) {
        Process grandchild = new Process(() -> { });
        try {
            grandchild.start();
            out.put("started");
        } catch (IllegalStateException ex) {
            out.put(ex.getMessage());
        }
    }

    @Test
    void currentProcessNamesTheWorkerAndADaemonCannotHaveChildren() {
        Queue<String> out = new Queue<>();
        Process plain = new Process(ProcessLifecycleTest::reportSelf, out).name("plain");
        plain.start();
        plain.join();
        assertEquals("plain " + plain.pid() + " false false", out.get(Duration.ZERO));

        Process daemon = new Process(ProcessLifecycleTest::reportSelf, out).name("ghost").daemon(true);
        assertTrue(daemon.daemon());
        daemon.start();
        daemon.join();
        assertEquals("ghost " + daemon.pid() + " true false", out.get(Duration.ZERO));

        Process parent = new Process(ProcessLifecycleTest::startGrandchild, out).name("lonely").daemon(true);
        parent.start();
        parent.join();
        assertEquals("daemonic processes are not allowed to have children (lonely is a daemon)",
                out.get(Duration.ZERO));
        assertEquals(0, parent.exitCode());

        CurrentProcess main = Process.currentProcess();
        assertTrue(main.main());
        assertEquals(ProcessHandle.current().pid(), main.pid());
        assertFalse(main.daemon());
        assertThrows(IllegalStateException.class, () -> daemon.daemon(false), "only before start()");
    }

    static void childExitsWithGrandchildCode(Integer code) throws InterruptedException {
        Process grandchild = new Process(ProcessLifecycleTest::exitWith, code);
        grandchild.start();
        grandchild.join();
        System.exit(grandchild.exitCode() + 1);
    }

    @Test
    void aChildCanStartAndJoinAGrandchild() {
        Process child = new Process(ProcessLifecycleTest::childExitsWithGrandchildCode, 4);
        child.start();
        child.join();
        assertEquals(5, child.exitCode());
    }

    @Test
    void activeChildrenListsRunningChildrenOldestFirstAndForgetsEndedOnes() {
        Process first = new Process(() -> Thread.sleep(60_000));
        Process second = new Process(() -> Thread.sleep(60_000));
        Process quick = new Process(() -> { });
        first.start();
        second.start();
        quick.start();
        quick.join();
        assertEquals(List.of(first, second), Process.activeChildren());
        first.kill();
        first.join();
        assertEquals(List.of(second), Process.activeChildren());
        second.kill();
        second.join();
        assertEquals(List.of(), Process.activeChildren());
        assertEquals(Runtime.getRuntime().availableProcessors(), Process.cpuCount());
    }

    @Test
    void waitAnyReturnsTheProcessesThatEndedLikeWaitingOnSentinels() {
        Process sleeper = new Process(() -> Thread.sleep(60_000));
        Process quick = new Process(() -> { });
        sleeper.start();
        assertEquals(List.of(), Process.waitAny(List.of(sleeper), Duration.ofMillis(100)));
        quick.start();
        assertEquals(List.of(quick), Process.waitAny(List.of(sleeper, quick), Duration.ofSeconds(30)));
        sleeper.terminate();
        assertEquals(List.of(sleeper, quick), waitAll(List.of(sleeper, quick)));
    }

    @Test
    void closeIsRefusedWhileRunningAndAfterwardsTheObjectIsUnusable() {
        Process p = new Process(() -> Thread.sleep(60_000));
        p.start();
        assertThrows(IllegalStateException.class, p::close);
        p.kill();
        p.join();
        p.close();
        p.close();
        assertThrows(IllegalStateException.class, p::isAlive);
        assertThrows(IllegalStateException.class, p::join);
        assertThrows(IllegalStateException.class, p::exitCode);
        assertThrows(IllegalStateException.class, p::terminate);
        assertThrows(IllegalStateException.class, p::kill);
        assertThrows(IllegalStateException.class, p::start);
    }

    @Test
    void aWorkerThatCannotStartIsReportedByJoinNotByStart() {
        String old = System.getProperty("proclab.worker.xmx");
        System.setProperty("proclab.worker.xmx", "no-such-size");
        Process p = new Process(() -> { });
        try {
            p.start();
            assertTrue(p.isAlive());
        } finally {
            restore(old);
        }
        p.join();
        assertEquals(1, p.exitCode());
        assertTrue(p.exitReason().startsWith("the worker JVM exited before it was ready"), p.exitReason());
    }

    static void finishSoon(Queue<String> out) throws InterruptedException {
        Thread.sleep(300);
        out.put("done");
    }

    @Test
    void atTheEndOfMainDaemonChildrenAreTerminatedAndTheOthersAwaited() {
        Queue<String> out = new Queue<>();
        Process daemon = new Process(() -> Thread.sleep(60_000)).daemon(true);
        Process worker = new Process(ProcessLifecycleTest::finishSoon, out);
        daemon.start();
        worker.start();
        ProcLabRuntime.joinChildren();
        assertEquals(-15, daemon.exitCode());
        assertEquals(0, worker.exitCode());
        assertEquals("done", out.get(Duration.ZERO));
    }

    @Test
    void manyProcessesStartedTogetherAllEnd() {
        List<Process> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Process p = new Process(ProcessLifecycleTest::exitWith, i);
            p.start();
            all.add(p);
        }
        for (int i = 0; i < all.size(); i++) {
            all.get(i).join();
            assertEquals(i, all.get(i).exitCode());
        }
    }

    private static List<Process> waitAll(List<Process> processes) {
        processes.forEach(Process::join);
        return Process.waitAny(processes, Duration.ZERO);
    }

    private static void restore(String old) {
        if (old == null) {
            System.clearProperty("proclab.worker.xmx");
        } else {
            System.setProperty("proclab.worker.xmx", old);
        }
    }

    private static void signal(String name, long pid) throws IOException, InterruptedException {
        java.lang.Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).start();
        assertEquals(0, kill.waitFor(), "kill -" + name + " " + pid);
    }
}
