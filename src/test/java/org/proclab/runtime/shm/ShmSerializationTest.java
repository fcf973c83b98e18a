package org.proclab.runtime.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.proclab.runtime.Array;
import org.proclab.runtime.Barrier;
import org.proclab.runtime.Lock;
import org.proclab.runtime.Value;

/** A shared object sent through serialization is a second view of the same memory, never a copy. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ShmSerializationTest {

    @AfterEach
    void noFilesLeft() {
        Optional<Path> dir = SharedMemory.runDirectoryIfCreated();
        SharedMemory.deleteRunDirectory();
        dir.ifPresent(d -> assertFalse(Files.exists(d), "run directory still there: " + d));
    }

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T object) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    private static long filesInRunDirectory() throws IOException {
        try (Stream<Path> files = Files.list(SharedMemory.runDirectory())) {
            return files.count();
        }
    }

    @Test
    void valueCopyWritesAndReadsTheSameMemoryWithoutANewFile() throws Exception {
        Value<Integer> original = new Value<>('i', 1).name("counter");
        long files = filesInRunDirectory();
        Value<Integer> copy = roundTrip(original);
        assertEquals(files, filesInRunDirectory());
        assertNotSame(original, copy);
        assertEquals("counter", copy.name());
        assertEquals('i', copy.typeCode());
        copy.set(41);
        assertEquals(41, original.get());
        original.getAndAdd(1);
        assertEquals(42, copy.get());
    }

    @Test
    void arrayCopySharesElements() throws Exception {
        Array<Double> original = new Array<>('d', List.of(1.0, 2.0, 3.0));
        Array<Double> copy = roundTrip(original);
        copy.set(2, 30.5);
        assertEquals(List.of(1.0, 2.0, 30.5), original.toList());
        assertEquals(original.name(), copy.name());
    }

    @Test
    void lockCopyExcludesTheOriginal() throws Exception {
        Value<Integer> value = new Value<>('i', 0);
        Lock copyOfValueLock = roundTrip(value.getLock());
        Lock standalone = new Lock();
        Lock copyOfStandalone = roundTrip(standalone);
        long files = filesInRunDirectory();
        value.getLock().acquire();
        standalone.acquire();
        Thread other = new Thread(() -> {
            assertFalse(copyOfValueLock.acquire(Duration.ofMillis(20)));
            assertFalse(copyOfStandalone.acquire(Duration.ofMillis(20)));
        });
        other.start();
        other.join();
        value.getLock().release();
        standalone.release();
        assertTrue(copyOfValueLock.acquire(Duration.ZERO));
        copyOfValueLock.release();
        assertEquals(value.name() + ".lock", copyOfValueLock.name());
        assertEquals(files, filesInRunDirectory());
    }

    @Test
    void barrierCopyMeetsTheOriginal() throws Exception {
        Barrier original = new Barrier(2);
        Barrier copy = roundTrip(original);
        assertEquals(2, copy.parties());
        Thread other = new Thread(original::await);
        other.start();
        assertTrue(copy.await(Duration.ofSeconds(10)));
        other.join(10_000);
        assertFalse(other.isAlive());
    }

    @Test
    void aCopyOfAnObjectWhoseFileIsGoneFailsClearly() throws Exception {
        Value<Integer> value = new Value<>('i', 3);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        SharedMemory.deleteRunDirectory();
        assertEquals(3, value.get(), "the mapping outlives the file in this JVM");
        Exception e = assertThrows(Exception.class, () -> {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                in.readObject();
            }
        });
        assertTrue(e.getMessage().endsWith("no longer exists: the process that created it has ended or called"
                + " ProcLabRuntime.shutdown()"), e.getMessage());
    }
}
