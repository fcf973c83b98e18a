package org.proclab.runtime.shm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where shared objects live: one memory-mapped file per Value, Array, Lock or Barrier, inside a per-run
 * directory {@code <base>/run-<pid>-<unique>}. The base is {@code /dev/shm/proclab-<user>} (RAM-backed,
 * so a "file" costs no disk I/O) or {@code <java.io.tmpdir>/proclab-<user>}, readable only by its owner.
 *
 * <p>A worker JVM is started with {@code -Dproclab.shm.dir=<parent's run dir>}: it creates its files
 * there and never deletes that directory, because the parent owns it.
 */
public final class SharedMemory {
    /** System property naming the run directory to use (set by the parent in worker JVMs). */
    public static final String DIR_PROPERTY = "proclab.shm.dir";

    private static final Pattern RUN_DIR = Pattern.compile("run-(\\d+)-.*");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    // Each file is mapped once per JVM: every Value object for one file shares one buffer.
    private static final Map<Path, MappedByteBuffer> MAPPED = new ConcurrentHashMap<>();
    private static final AtomicLong FILE_NUMBER = new AtomicLong();

    private static Path ownRunDir;

    private SharedMemory() {
    }

    /** {@code /dev/shm/proclab-<user>} when usable, else {@code <java.io.tmpdir>/proclab-<user>}. */
    public static Path baseDirectory() {
        return BaseHolder.BASE;
    }

    /** This process's run directory, if it created one (never the parent's directory in a worker). */
    public static synchronized Optional<Path> runDirectoryIfCreated() {
        return Optional.ofNullable(ownRunDir);
    }

    /** The directory new shared files go into, created on first use. */
    public static synchronized Path runDirectory() {
        String given = System.getProperty(DIR_PROPERTY);
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        if (ownRunDir == null) {
            cleanStale();
            Path dir = baseDirectory().resolve("run-" + Pids.self() + "-" + Long.toHexString(System.nanoTime()));
            BaseDirectory.createOwnerOnlyDirectory(dir);
            ownRunDir = dir;
            registerCleanupOnce();
        }
        return ownRunDir;
    }

    /**
     * Deletes this process's run directory and forgets its mappings. Objects still in use keep working in
     * this JVM (Linux keeps a deleted file's memory while it is mapped), but can no longer be sent to a
     * new worker. The next shared object starts a fresh run directory. Never touches a parent's directory.
     */
    public static synchronized void deleteRunDirectory() {
        if (ownRunDir == null) {
            return;
        }
        Path dir = ownRunDir;
        ownRunDir = null;
        MAPPED.keySet().removeIf(path -> path.startsWith(dir));
        deleteRecursively(dir);
    }

    private static boolean cleanupRegistered;

    /** A main process that exits normally or on Ctrl+C takes its shared files with it. */
    private static void registerCleanupOnce() {
        if (!cleanupRegistered) {
            cleanupRegistered = true;
            Runtime.getRuntime().addShutdownHook(new Thread(SharedMemory::deleteRunDirectory, "proclab-delete-shm"));
        }
    }

    /** Deletes run directories whose creating process is gone (a run that crashed or was killed -9). */
    public static void cleanStale() {
        Path base = baseDirectory();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(base)) {
            for (Path dir : dirs) {
                Matcher m = RUN_DIR.matcher(dir.getFileName().toString());
                if (m.matches() && !Pids.isAlive(Long.parseLong(m.group(1)))) {
                    deleteRecursively(dir);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Best effort: a directory we cannot list or parse is left for a later run.
        }
    }

    /** Creates a new file of {@code size} bytes for an object of {@code kind} ("value", "lock"...) and maps it. */
    public static MappedFile create(String kind, int size) {
        Path dir = runDirectory();
        while (true) {
            Path file = dir.resolve(kind + "-" + Pids.self() + "-" + FILE_NUMBER.incrementAndGet() + ".shm");
            try {
                Files.createFile(file, BaseDirectory.ownerOnly(OWNER_FILE));
                MappedByteBuffer buffer = map(file, size);
                MAPPED.put(file, buffer);
                return new MappedFile(file, buffer);
            } catch (FileAlreadyExistsException e) {
                // A file left by an earlier JVM with the same pid: take the next number.
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create shared memory file " + file, e);
            }
        }
    }

    /** Maps an existing file (an object received from another process); the same buffer on every call. */
    public static MappedByteBuffer attach(Path file, int size) {
        return MAPPED.computeIfAbsent(file, f -> {
            try {
                return map(f, size);
            } catch (NoSuchFileException e) {
                throw new IllegalStateException("shared memory file " + f + " no longer exists: the process"
                        + " that created it has ended or called ProcLabRuntime.shutdown()", e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot map shared memory file " + f, e);
            }
        });
    }

    private static MappedByteBuffer map(Path file, int size) throws IOException {
        // No CREATE option: attaching must never invent a file another process was supposed to make.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MappedByteBuffer buffer = channel.map(FileChannel.MapMode.READ_WRITE, 0, size);
            buffer.order(ByteOrder.nativeOrder());
            return buffer;
        }
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Already gone or being deleted by another cleaner: nothing left to do.
        }
    }

    /** Computed once, lazily: the base directory does not change during a run. */
    private static final class BaseHolder {
        static final Path BASE = BaseDirectory.choose();
    }
}
