package org.proclab.runtime.shm;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** Chooses the base directory for shared files: RAM-backed /dev/shm if we can use it, else the temp dir. */
final class BaseDirectory {
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
            SharedMemory.createOwnerOnlyDirectory(dir);
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
}
