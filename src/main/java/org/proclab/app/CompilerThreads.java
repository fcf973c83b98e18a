package org.proclab.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Gives the window JVM's JIT compiler threads a lower priority ({@code renice +10}, Linux only). In the first
 * minutes of the app they compile JavaFX's drawing code, and measured over ten runs of the Lock chapter the
 * C2 compiler thread used more CPU than everything else in the window together: time the run's workers, on a
 * two-core machine, did not get. At a lower priority the compiling waits for idle cores; the window's own
 * threads keep theirs, so it stays as responsive as before.
 */
final class CompilerThreads {
    static final int NICENESS = 10;

    private CompilerThreads() {
    }

    /** On a daemon thread, so the window's start never waits for it; does nothing where it cannot. */
    static void yieldToRunsInBackground() {
        Thread thread = new Thread(CompilerThreads::yieldToRuns, "proclab-renice-jit");
        thread.setDaemon(true);
        thread.start();
    }

    static void yieldToRuns() {
        Path renice = findRenice();
        Path tasks = Path.of("/proc/self/task");
        if (renice == null || !Files.isDirectory(tasks)) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(renice.toString(), "-n", Integer.toString(NICENESS), "-p"));
        for (String tid : compilerThreadIds(tasks)) {
            command.add(tid);
        }
        if (command.size() == 5) {
            return;
        }
        try {
            java.lang.Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException ex) {
            // No renice here: the compilers keep their priority.
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thread ids whose name (as the kernel shows it, cut to 15 characters) is one of HotSpot's compilers. */
    static List<String> compilerThreadIds(Path tasks) {
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(tasks)) {
            for (Path task : dir) {
                String name;
                try {
                    name = Files.readString(task.resolve("comm")).trim();
                } catch (IOException ex) {
                    continue; // the thread has just ended
                }
                if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                    ids.add(task.getFileName().toString());
                }
            }
        } catch (IOException ex) {
            return List.of();
        }
        return ids;
    }

    private static Path findRenice() {
        for (String dir : new String[] {"/usr/bin", "/bin"}) {
            Path renice = Path.of(dir, "renice");
            if (Files.isExecutable(renice)) {
                return renice;
            }
        }
        return null;
    }
}
