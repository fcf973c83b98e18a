package org.proclab.runtime.spawn;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.Collections;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A jar of the runtime's classes only, in the data folder: copied from the app's jar when run from it, or from
 * the class directory ({@code mvn javafx:run}, the tests), in a
 * folder named after a digest of their names, sizes and times and of the Java version, so a rebuilt runtime or
 * another JDK gets a jar (and an archive) of its own.
 */
final class RuntimeJar {
    private static final String RUNTIME_DIR = "org/proclab/runtime";
    private static final int KEEP_VERSIONS = 3;

    /**
     * What a worker never loads from the app's jar: the GUI's libraries (two thirds of its 11,000 entries) and
     * the window's own code (the whole app jar on a worker's class path cost 7-10 ms of each start).
     */
    private static final List<String> NOT_FOR_WORKERS = List.of("javafx/", "com/sun/", "oshi/", "org/controlsfx/",
            "impl/org/controlsfx/", "org/reactfx/", "org/fxmisc/", "org/slf4j/", "org/proclab/ui/", RUNTIME_DIR + "/",
            "META-INF/services/oshi.", "META-INF/services/org.slf4j.", "META-INF/services/org.controlsfx.");

    private final Path path;
    private final Path directory;
    private final Path appJar;
    private final Path workerAppJar;

    private RuntimeJar(Path path, Path directory, Path appJar, Path workerAppJar) {
        this.path = path;
        this.directory = directory;
        this.appJar = appJar;
        this.workerAppJar = workerAppJar;
    }

    Path path() {
        return path;
    }

    /**
     * The rest of a worker's class path: {@code plain} with the app's jar, if it is on it, replaced by the
     * copy without the GUI (the learner's and the examples' own classes come from elsewhere on it).
     */
    String workerClassPath(String plain) {
        return appJar == null ? plain : WorkerClassPath.replacing(plain, appJar, workerAppJar);
    }

    /** Where this version's archive lives. */
    Path directory() {
        return directory;
    }

    /** The runtime's jar under {@code base}, made now if needed; null if the runtime's classes are not found. */
    static RuntimeJar locate(Path base) throws IOException, URISyntaxException {
        Path location = Path.of(WorkerLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toAbsolutePath().normalize();
        if (Files.isRegularFile(location)) {
            return fromAppJar(location, base);
        }
        Path classes = location.resolve(RUNTIME_DIR);
        if (!Files.isDirectory(classes)) {
            return null;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        Path dir = base.resolve(digest(files, location));
        Path jar = dir.resolve("proclab-runtime.jar");
        if (!Files.exists(jar)) {
            Files.createDirectories(dir);
            pruneOldVersions(base, dir);
            Path partial = dir.resolve("proclab-runtime.jar." + ProcessHandle.current().pid() + ".part");
            try {
                writeJar(location, files, partial);
                moveIntoPlace(partial, jar);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return new RuntimeJar(jar, dir, null, null);
    }

    /**
     * Run from the app's jar: the runtime's entries copied into a jar of their own. The worker's class path
     * starts with this jar (for the archive), so it must hold nothing a learner's class could replace: with
     * the whole app jar first, an edited example's workers would run the shipped example's code.
     */
    static RuntimeJar fromAppJar(Path appJar, Path base) throws IOException {
        Path dir = base.resolve(digest(List.of(appJar), appJar.getParent()));
        Path jar = dir.resolve("proclab-runtime.jar");
        Path rest = dir.resolve("app-for-workers");
        if (!Files.exists(jar) || !Files.isDirectory(rest)) {
            Files.createDirectories(dir);
            pruneOldVersions(base, dir);
            extractInto(appJar, rest, name -> NOT_FOR_WORKERS.stream().noneMatch(name::startsWith));
            copyInto(appJar, jar, name -> name.startsWith(RUNTIME_DIR + "/"));
        }
        return new RuntimeJar(jar, dir, appJar, rest);
    }

    /**
     * The rest of the app's classes as a directory, not a jar: a worker that loads one class from a jar first
     * reads the jar's whole directory of entries, in the interpreter, 3-5 ms for this one's 1,700 (a class
     * from a directory: 0.6-0.8 ms); the archive needs a jar only for the runtime's classes, which come first.
     * Written beside the target and renamed into place, so a worker never sees half of it.
     */
    private static void extractInto(Path appJar, Path target, Predicate<String> keep) throws IOException {
        if (Files.isDirectory(target)) {
            return;
        }
        Path partial = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try (JarFile app = new JarFile(appJar.toFile())) {
            for (JarEntry from : Collections.list(app.entries())) {
                Path to = partial.resolve(from.getName()).normalize();
                if (from.isDirectory() || !keep.test(from.getName()) || !to.startsWith(partial)) {
                    continue;
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = app.getInputStream(from)) {
                    Files.copy(in, to);
                }
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherJvmWasFirst) {
                // Its copy is the same: ours goes.
            }
        } finally {
            deleteTree(partial);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Writes the entries of {@code appJar} that {@code keep} accepts to {@code jar}, atomically. */
    private static void copyInto(Path appJar, Path jar, Predicate<String> keep) throws IOException {
        if (Files.exists(jar)) {
            return;
        }
        Path partial = jar.resolveSibling(jar.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            copyEntries(appJar, partial, keep);
            moveIntoPlace(partial, jar);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void copyEntries(Path appJar, Path jar, Predicate<String> keep) throws IOException {
        try (JarFile app = new JarFile(appJar.toFile());
             OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (JarEntry from : Collections.list(app.entries())) {
                if (from.isDirectory() || !keep.test(from.getName())) {
                    continue;
                }
                JarEntry entry = new JarEntry(from.getName());
                entry.setTime(from.getTime());
                out.putNextEntry(entry);
                try (InputStream in = app.getInputStream(from)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException ex) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void writeJar(Path root, List<Path> files, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Path f : files) {
                JarEntry entry = new JarEntry(root.relativize(f).toString().replace('\\', '/'));
                entry.setTime(Files.getLastModifiedTime(f).toMillis());
                out.putNextEntry(entry);
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    private static String digest(List<Path> files, Path root) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((System.getProperty("java.home") + "|" + System.getProperty("java.vm.version"))
                    .getBytes(StandardCharsets.UTF_8));
            for (Path f : files) {
                String line = root.relativize(f) + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis();
                sha.update(line.getBytes(StandardCharsets.UTF_8));
            }
            StringBuilder hex = new StringBuilder();
            for (byte b : sha.digest()) {
                hex.append(String.format("%02x", b));
            }
            return hex.substring(0, 16);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Each rebuild of the runtime makes a new version: keep the newest few, so the folder does not grow. */
    private static void pruneOldVersions(Path base, Path keep) throws IOException {
        List<Path> versions;
        try (Stream<Path> list = Files.list(base)) {
            versions = list.filter(p -> Files.isDirectory(p) && !p.equals(keep))
                    .sorted(Comparator.comparing(RuntimeJar::modified).reversed())
                    .collect(Collectors.toList());
        }
        for (Path old : versions.subList(Math.min(versions.size(), KEEP_VERSIONS - 1), versions.size())) {
            try {
                deleteTree(old);
            } catch (IOException ex) {
                // Another JVM may be using or pruning it: it is only a cache.
            }
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException ex) {
            return 0;
        }
    }
}
