package org.proclab.runtime.shm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/** Chooses the base directory for shared files: RAM-backed /dev/shm if we can use it, else the temp dir. */
final class BaseDirectory {
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private BaseDirectory() {
    }

    static Path choose() {
        String dirName = "proclab-" + safeUserName();
        List<Path> candidates = List.of(Path.of("/dev/shm"), Path.of(System.getProperty("java.io.tmpdir")));
        for (Path parent : candidates) {
            Path dir = parent.resolve(dirName);
            if (Files.isDirectory(parent) && Files.isWritable(parent) && ownedByUs(dir)) {
                return dir;
            }
        }
        return candidates.get(1).resolve(dirName);
    }

    /**
     * Creates {@code dir} owner-only, or accepts it if it exists as a real directory of ours. A directory
     * another user made (or a symlink planted there) is refused, so nobody else can read or swap our memory.
     */
    private static boolean ownedByUs(Path dir) {
        try {
            createOwnerOnlyDirectory(dir);
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                String owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName();
                if (!owner.equals(System.getProperty("user.name"))) {
                    return false;
                }
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String safeUserName() {
        String user = System.getProperty("user.name", "user");
        String safe = user.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() ? "user" : safe;
    }

    static void createOwnerOnlyDirectory(Path dir) {
        try {
            Files.createDirectory(dir, ownerOnly(OWNER_DIR));
        } catch (FileAlreadyExistsException e) {
            // Fine: made by us earlier or by another of our runs; its permissions are checked by the caller.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create shared memory directory " + dir, e);
        }
    }

    static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }
}
