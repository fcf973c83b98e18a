package org.proclab.viz.cores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProcStatReaderTest {
    private static final long SELF = ProcessHandle.current().pid();
    private final ProcStatReader reader = new ProcStatReader();

    @Test
    void thisJvmIsOnACpuOfThisMachineAndHasUsedCpuTime() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "Linux only");
        assertTrue(reader.cpuKnown());
        ProcStat self = reader.read(SELF).orElseThrow();
        assertTrue(self.cpuKnown());
        assertTrue(Files.isDirectory(Path.of("/sys/devices/system/cpu/cpu" + self.cpu())), "cpu " + self.cpu());
        long jdkNanos = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
        assertTrue(self.cpuNanos() > 0 && Math.abs(self.cpuNanos() - jdkNanos) < 1_000_000_000L,
                self.cpuNanos() + " vs the JDK's " + jdkNanos);
    }

    @Test
    void aChildIsReadWhileItRunsAndLeftOutOnceItHasExited() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "Linux only");
        Process child = new ProcessBuilder("sleep", "30").start();
        try {
            Map<Long, ProcStat> both = reader.read(List.of(SELF, child.pid()));
            assertEquals(List.of(SELF, child.pid()), List.copyOf(both.keySet()));
            ProcStat sleeping = both.get(child.pid());
            assertTrue(sleeping.cpuKnown());
            assertTrue(sleeping.state() == 'S' || sleeping.state() == 'R', "state " + sleeping.state());
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }
        assertEquals(Optional.empty(), reader.read(child.pid()));
        assertEquals(List.of(SELF), List.copyOf(reader.read(List.of(child.pid(), SELF)).keySet()));
    }

    @Test
    void aLineCutShortOrAStrangeCommandNameIsHandled() {
        String line = "42 (a (weird) name) R 1 42 42 0 -1 4194304 99 0 0 0 250 30 0 0 20 0 1 0 473187 3133440 382"
                + " 18446744073709551615 1 2 3 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0 4 5 6 7 8 9 10 0";
        assertEquals(Optional.of(new ProcStat(42, 1, 2_800_000_000L, 'R')), ProcStatReader.parse(42, line));
        assertEquals(Optional.empty(), ProcStatReader.parse(42, line.substring(0, 60)));
        assertEquals(Optional.empty(), ProcStatReader.parse(42, ""));
        assertEquals(Optional.empty(), ProcStatReader.parse(42, "42 (x)"));
    }

    @Test
    void withoutProcTheCpuIsUnknownButLiveProcessesAreStillListed() throws Exception {
        ProcStatReader noProc = new ProcStatReader(Path.of("/nonexistent-proc-for-test"));
        assertFalse(noProc.cpuKnown());
        ProcStat self = noProc.read(SELF).orElseThrow();
        assertFalse(self.cpuKnown());
        assertEquals(ProcStat.UNKNOWN, self.cpu());
        assertEquals(Optional.empty(), noProc.read(Long.MAX_VALUE / 2), "no such process");
    }
}
