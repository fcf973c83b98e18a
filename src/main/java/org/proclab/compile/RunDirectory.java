package org.proclab.compile;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * A private folder for one run of compiled learner code: {@code classes/} holds the class files that the run
 * host and its workers put first on their class path, so the learner's version of a class wins over the
 * shipped one of the same name. Only the owner may read it; {@link #close()} deletes it all.
 */
public final class RunDirectory implements AutoCloseable {
    private final Path root;
    private final Path classes;

    private RunDirectory(Path root) {
        this.root = root;
        this.classes = root.resolve("classes");
    }

    /** Creates a fresh directory under the system's temp folder and writes {@code classFiles} into it. */
    public static RunDirectory create(Map<String, byte[]> classFiles) throws IOException {
        Path root;
        try {
            root = Files.createTempDirectory("proclab-run-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            root = Files.createTempDirectory("proclab-run-");
        }
        RunDirectory dir = new RunDirectory(root);
        try {
            for (Map.Entry<String, byte[]> e : classFiles.entrySet()) {
                Path file = dir.classes.resolve(e.getKey().replace('.', '/') + ".class");
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
        } catch (IOException ex) {
            dir.close();
            throw ex;
        }
        return dir;
    }

    public Path root() {
        return root;
    }

    /** The class directory to put before the application's class path. */
    public Path classes() {
        return classes;
    }

    /** Deletes the directory and everything in it; quiet if it is already gone. */
    @Override
    public void close() {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ex) {
            // Nothing more can be done here; what is left lies in the temp folder, readable only by its owner.
        }
    }
}
