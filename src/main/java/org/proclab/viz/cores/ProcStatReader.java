package org.proclab.viz.cores;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads which logical CPU each of a set of processes last ran on, and its CPU time, from
 * {@code /proc/PID/stat}. Never throws for a process that exits before or while it is read (it is simply
 * left out), and on a system without {@code /proc} gives {@link ProcStat#UNKNOWN} for the CPU with the
 * CPU time the JDK reports. Not an FX class: call it on a sampling thread.
 */
public final class ProcStatReader {
    /** Clock ticks per second of utime/stime: USER_HZ, fixed at 100 in the Linux ABI for /proc. */
    static final long TICKS_PER_SECOND = 100;
    private static final long NANOS_PER_TICK = 1_000_000_000L / TICKS_PER_SECOND;

    private final Path proc;

    public ProcStatReader() {
        this(Path.of("/proc"));
    }

    /** Reads from another root; tests use this to act out a system without /proc. */
    ProcStatReader(Path proc) {
        this.proc = proc;
    }

    /** True where /proc tells which CPU a process is on (Linux). */
    public boolean cpuKnown() {
        return Files.isReadable(proc.resolve("self").resolve("stat"))
                || Files.isReadable(proc.resolve(Long.toString(ProcessHandle.current().pid())).resolve("stat"));
    }

    /** The processes among {@code pids} that are alive now, in the order given. */
    public Map<Long, ProcStat> read(Iterable<Long> pids) {
        Map<Long, ProcStat> stats = new LinkedHashMap<>();
        for (Long pid : pids) {
            read(pid).ifPresent(stat -> stats.put(pid, stat));
        }
        return stats;
    }

    /** Empty if the process does not exist (any more). */
    public Optional<ProcStat> read(long pid) {
        Path file = proc.resolve(Long.toString(pid)).resolve("stat");
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException | RuntimeException gone) {
            // Exited (ESRCH mid-read, or no such file), or not Linux: ask the JDK whether it is still there.
            return Files.isDirectory(proc) ? Optional.empty() : withoutProc(pid);
        }
        return parse(pid, text);
    }

    /** Parses one stat line; empty when it is cut short (the process went away while it was read). */
    static Optional<ProcStat> parse(long pid, String stat) {
        // The command name (field 2) is in parentheses and may itself hold spaces and parentheses.
        int close = stat.lastIndexOf(')');
        if (close < 0 || close + 2 > stat.length()) {
            return Optional.empty();
        }
        String[] rest = stat.substring(close + 2).trim().split(" +");
        // rest[0] is field 3 (state): field f is rest[f - 3].
        if (rest.length < 37) {
            return Optional.empty();
        }
        try {
            long ticks = Long.parseLong(rest[14 - 3]) + Long.parseLong(rest[15 - 3]);
            int cpu = Integer.parseInt(rest[39 - 3]);
            char state = rest[0].isEmpty() ? '?' : rest[0].charAt(0);
            return Optional.of(new ProcStat(pid, cpu, ticks * NANOS_PER_TICK, state));
        } catch (NumberFormatException garbled) {
            return Optional.empty();
        }
    }

    private static Optional<ProcStat> withoutProc(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(handle -> new ProcStat(pid, ProcStat.UNKNOWN,
                handle.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L), '?'));
    }
}
