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

    private final Path root;

    private TracerFiles(Path root) {
        this.root = root;
    }

    static TracerFiles extract() throws IOException {
        Path root = Files.createTempDirectory("proclab-python-");
        TracerFiles files = new TracerFiles(root);
        try {
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
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a folder that is already gone needs no cleaning
        }
    }
}
