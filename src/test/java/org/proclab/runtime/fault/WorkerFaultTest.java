package org.proclab.runtime.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.Leftovers;
import org.proclab.runtime.Process;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.spawn.JavaCommand;

/** Workers that crash, hang, flood, lie or lose their parent: each ends cleanly and visibly. */
class WorkerFaultTest {
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private AutoCloseable subscription;

    @BeforeEach
    void listen() {
        subscription = ProcessContext.events().subscribe(events::add);
    }

    @AfterEach
    void cleanUp() throws Exception {
        subscription.close();
        Leftovers.assertNone();
    }

    @Test
    void outOfMemoryIsAnUncaughtErrorWithExitCodeOne() {
        Process p = new Process(() -> {
            List<long[]> hog = new ArrayList<>();
            while (true) {
                hog.add(new long[1 << 20]);
            }
        });
        p.start();
        assertTrue(p.join(Duration.ofSeconds(60)));
        assertEquals(1, p.exitCode());
        assertTrue(p.exitReason().contains("OutOfMemoryError"), p.exitReason());
    }

    @Test
    void endlessLoopJoinTimesOutAndTerminateEndsIt() {
        Process p = new Process(() -> {
            while (true) {
                Thread.onSpinWait();
            }
        });
        p.start();
        long t0 = System.nanoTime();
        assertFalse(p.join(Duration.ofMillis(300)));
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "join(timeout) returned");
        assertTrue(p.isAlive());
        p.terminate();
        assertTrue(p.join(Duration.ofSeconds(5)));
        assertEquals(-15, p.exitCode());
    }

    @Test
    void garbageOnTheProtocolPipeIsReportedAndTheWorkerStopped() {
        Process p = new Process(() -> {
            // Bypasses System.out (which ProcLab captures) and writes raw bytes into the protocol pipe.
            FileOutputStream raw = new FileOutputStream(FileDescriptor.out);
            raw.write("\u00ff\u00ff\u00ff\u00ff not a frame".getBytes(StandardCharsets.ISO_8859_1));
            raw.flush();
            Thread.sleep(60_000);
        }).name("liar");
        p.start();
        assertTrue(p.join(Duration.ofSeconds(30)));
        assertEquals(-9, p.exitCode());
        assertTrue(events.stream().anyMatch(e -> e.type() == EventType.WARNING && e.text().contains("liar")
                && e.text().contains("not ProcLab's protocol")), events.toString());
    }

    @Test
    void outputFloodArrivesWhole() {
        Process p = new Process(() -> {
            for (int i = 0; i < 20_000; i++) {
                System.out.println("line " + i);
            }
        }).name("flood");
        p.start();
        p.join();
        long lines = events.stream().filter(e -> e.type() == EventType.OUTPUT && "flood".equals(e.worker())).count();
        assertEquals(20_000, lines);
        assertEquals(0, p.exitCode());
    }

    @Test
    void killingTheMainProcessLeavesNoWorkerBehind() throws Exception {
        java.lang.Process parent = JavaCommand.forMain(OrphanParentMain.class).toProcessBuilder()
                .redirectErrorStream(true).start();
        List<ProcessHandle> workers = new ArrayList<>();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("PIDS ")) {
                // skip anything else the JVM prints
            }
            assertTrue(line != null, "the parent printed its workers' pids");
            for (String pid : line.substring(5).trim().split(" ")) {
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(workers::add);
            }
            assertEquals(3, workers.size());
            parent.toHandle().destroyForcibly();
            assertTrue(parent.waitFor(10, TimeUnit.SECONDS));
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (workers.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(workers.stream().noneMatch(ProcessHandle::isAlive), "workers outlived a killed parent");
        } finally {
            parent.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            workers.forEach(ProcessHandle::destroyForcibly);
            parent.destroyForcibly();
        }
    }

    @Test
    void nothingListensForConnections() throws Exception {
        Process p = new Process(() -> Thread.sleep(2_000));
        p.start();
        try {
            // Parent and worker talk over anonymous pipes only: no socket anyone else could connect to.
            for (long pid : List.of(ProcessHandle.current().pid(), p.pid())) {
                List<String> listening = ListeningSockets.of(pid);
                assertEquals(List.of(), listening, "process " + pid + " listens");
            }
        } finally {
            p.kill();
            p.join();
        }
    }

    /** Reads /proc to find the listening TCP and Unix sockets a process holds (Linux). */
    static final class ListeningSockets {
        private ListeningSockets() {
        }

        static List<String> of(long pid) throws Exception {
            List<String> inodes = new ArrayList<>();
            Path fds = Path.of("/proc", Long.toString(pid), "fd");
            if (!Files.isDirectory(fds)) {
                return List.of();
            }
            try (var stream = Files.list(fds)) {
                for (Path fd : (Iterable<Path>) stream::iterator) {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            inodes.add(target.substring(8, target.length() - 1));
                        }
                    } catch (Exception ignored) {
                        // the fd closed while we looked
                    }
                }
            }
            List<String> listening = new ArrayList<>();
            for (String table : List.of("tcp", "tcp6")) {
                Path file = Path.of("/proc", Long.toString(pid), "net", table);
                if (!Files.exists(file)) {
                    continue;
                }
                for (String row : Files.readAllLines(file)) {
                    String[] cols = row.trim().split("\\s+");
                    // state 0A = LISTEN; column 9 is the inode
                    if (cols.length > 9 && "0A".equals(cols[3]) && inodes.contains(cols[9])) {
                        listening.add(table + " " + cols[1]);
                    }
                }
            }
            return listening;
        }
    }
}
