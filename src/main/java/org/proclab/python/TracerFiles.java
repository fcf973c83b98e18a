package org.proclab.python;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tracer package, copied out of the class path into a run's own temporary folder (the class path may be
 * a jar, which Python cannot import from with our layout), and removed with it after the run.
 */
final class TracerFiles implements AutoCloseable {
    static final String PACKAGE = "proclab_trace";
    /** Every module of the package; a test checks this list against the resource folder. */
    static final List<String> MODULES = List.of("__init__.py", "__main__.py", "channel.py", "child.py",
            "console.py", "names.py", "pools.py", "processes.py", "queues.py", "shared.py");

    private static final String PREFIX = "proclab-python-";
    /** Names the JVM that made the folder, so a later run can remove what a killed app left. */
    private static final String OWNER_FILE = "owner.pid";

    private final Path root;

    private TracerFiles(Path root) {
        this.root = root;
    }

    static TracerFiles extract() throws IOException {
        Path root = Files.createTempDirectory(PREFIX);
        sweepOrphans(root.getParent());
        TracerFiles files = new TracerFiles(root);
        try {
            Files.writeString(root.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
            Path pkg = Files.createDirectory(root.resolve(PACKAGE));
            for (String module : MODULES) {
                try (InputStream in = TracerFiles.class.getClassLoader()
                        .getResourceAsStream("python/" + PACKAGE + "/" + module)) {
                    if (in == null) {
                        throw new IOException("the tracer module " + module + " is missing from the class path");
                    }
                    Files.copy(in, pkg.resolve(module));
                }
            }
        } catch (IOException ex) {
            files.close();
            throw ex;
        }
        return files;
    }

    /** The folder to put on Python's path. */
    Path root() {
        return root;
    }

    /** Writes a file next to the package, e.g. a chapter script that only exists inside the jar. */
    Path write(String name, String text) throws IOException {
        return Files.writeString(root.resolve(name), text);
    }

    @Override
    public void close() {
        delete(root);
    }

    private static void sweepOrphans(Path tempDir) {
        try (Stream<Path> folders = Files.list(tempDir)) {
            folders.filter(dir -> dir.getFileName().toString().startsWith(PREFIX)).filter(TracerFiles::ownerIsGone)
                    .forEach(TracerFiles::delete);
        } catch (IOException ignored) {
            // the temporary folder cannot be listed: nothing to sweep
        }
    }

    private static boolean ownerIsGone(Path dir) {
        try {
            long owner = Long.parseLong(Files.readString(dir.resolve(OWNER_FILE)).trim());
            return ProcessHandle.of(owner).map(handle -> !handle.isAlive()).orElse(true);
        } catch (IOException | NumberFormatException ex) {
            return false;   // not ours, or still being set up
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a folder that is already gone needs no cleaning
        }
    }
}
