package org.proclab.runtime.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.runtime.Value;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ShmDirectoryTest {

    @AfterEach
    void noFilesLeft() {
        System.clearProperty(SharedMemory.DIR_PROPERTY);
        Optional<Path> dir = SharedMemory.runDirectoryIfCreated();
        SharedMemory.deleteRunDirectory();
        dir.ifPresent(d -> assertFalse(Files.exists(d), "run directory still there: " + d));
    }

    @Test
    void baseDirectoryIsOwnerOnlyAndPrefersDevShm() throws Exception {
        Path base = SharedMemory.baseDirectory();
        String user = System.getProperty("user.name");
        assertEquals("proclab-" + user, base.getFileName().toString());
        if (Files.isWritable(Path.of("/dev/shm"))) {
            assertEquals(Path.of("/dev/shm"), base.getParent());
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(base)));
    }

    @Test
    void runDirectoryIsCreatedOnFirstUseAndDeletedWithItsFiles() throws Exception {
        SharedMemory.deleteRunDirectory();
        assertEquals(Optional.empty(), SharedMemory.runDirectoryIfCreated());
        new Value<>('i', 1);
        Path dir = SharedMemory.runDirectoryIfCreated().orElseThrow();
        assertEquals(SharedMemory.baseDirectory(), dir.getParent());
        assertTrue(dir.getFileName().toString().startsWith("run-" + ProcessHandle.current().pid() + "-"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        try (var files = Files.list(dir)) {
            Path file = files.findFirst().orElseThrow();
            assertTrue(file.getFileName().toString().startsWith("value-"), file.toString());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        SharedMemory.deleteRunDirectory();
        assertFalse(Files.exists(dir));
        assertEquals(Optional.empty(), SharedMemory.runDirectoryIfCreated());
    }

    @Test
    void staleDirectoriesOfDeadProcessesAreRemovedOthersKept() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path stale = Files.createDirectories(SharedMemory.baseDirectory().resolve("run-" + ended.pid() + "-test"));
        Files.writeString(stale.resolve("value-1.shm"), "x");
        Path alive = Files.createDirectories(SharedMemory.baseDirectory()
                .resolve("run-" + ProcessHandle.current().pid() + "-other-test"));
        try {
            SharedMemory.cleanStale();
            assertFalse(Files.exists(stale), "directory of dead pid " + ended.pid() + " kept");
            assertTrue(Files.exists(alive), "directory of a live process deleted");
        } finally {
            SharedMemory.deleteRecursively(stale);
            SharedMemory.deleteRecursively(alive);
        }
    }

    @Test
    void aGivenDirectoryIsUsedAndNeverDeleted(@TempDir Path parentsRunDir) throws Exception {
        System.setProperty(SharedMemory.DIR_PROPERTY, parentsRunDir.toString());
        Value<Integer> v = new Value<>('i', 5);
        assertEquals(Optional.empty(), SharedMemory.runDirectoryIfCreated());
        try (var files = Files.list(parentsRunDir)) {
            assertEquals(1, files.count());
        }
        SharedMemory.deleteRunDirectory();
        assertTrue(Files.exists(parentsRunDir));
        assertEquals(5, v.get());
    }
}
