package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.shm.SharedMemory;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ValueTest {

    @AfterEach
    void noFilesLeft() {
        Optional<Path> dir = SharedMemory.runDirectoryIfCreated();
        SharedMemory.deleteRunDirectory();
        dir.ifPresent(d -> assertFalse(Files.exists(d), "run directory still there: " + d));
    }

    @Test
    void startsWithTheInitialValueAndKeepsWhatIsSet() {
        Value<Integer> v = new Value<>('i', 41);
        assertEquals('i', v.typeCode());
        assertEquals(41, v.get());
        v.set(v.get() + 1);
        assertEquals(42, v.get());
    }

    @Test
    void getAndAddReturnsTheOldValue() {
        Value<Long> v = new Value<>('q', 10L);
        assertEquals(10L, v.getAndAdd(5L));
        assertEquals(15L, v.get());
        Value<Double> d = new Value<>('d', 0.5);
        assertEquals(0.5, d.getAndAdd(0.25));
        assertEquals(0.75, d.get());
        Value<Float> f = new Value<>('f', 1.5f);
        assertEquals(1.5f, f.getAndAdd(1f));
        assertEquals(2.5f, f.get());
    }

    @Test
    void narrowCodesWrapOnWriteAndOnAdd() {
        Value<Integer> b = new Value<>('b', 127);
        assertEquals(127, b.getAndAdd(1));
        assertEquals(-128, b.get());
        b.set(200);
        assertEquals(-56, b.get());
        Value<Integer> unsigned = new Value<>('B', 0);
        unsigned.getAndAdd(-1);
        assertEquals(255, unsigned.get());
        Value<Integer> h = new Value<>('H', 65535);
        h.getAndAdd(1);
        assertEquals(0, h.get());
    }

    @Test
    void ofConvertsLosslesslyAndRefusesTheWrongKind() {
        Value<Double> d = Value.of('d', 3);
        assertEquals(3.0, d.get());
        Value<Long> q = Value.of('q', 5);
        assertEquals(5L, q.get());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Value.of('i', 3.5));
        assertEquals("type code 'i' (int) holds whole numbers; got 3.5 (a Double)", e.getMessage());
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> Value.of('x', 0));
        assertTrue(x.getMessage().startsWith("unknown type code 'x'; valid codes: b B h H i I l L q Q f d"), x.getMessage());
    }

    @Test
    void constructorRefusesAnInitialOfAnotherJavaType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Value<>('q', 0));
        assertEquals("type code 'q' (long long) holds Long values in Java, but the initial value 0 is an"
                + " Integer: write 0L, or use Value.of('q', 0), which converts it", e.getMessage());
    }

    @Test
    void unsignedLongShowsUnsigned() {
        Value<Long> v = Value.of('Q', -1);
        assertEquals(-1L, v.get());
        assertTrue(v.toString().contains("18446744073709551615"), v.toString());
    }

    @Test
    void namesAreAutomaticUntilSetAndTheLockFollows() {
        Value<Integer> v = new Value<>('i', 0);
        assertTrue(v.name().matches("value-\\d+"), v.name());
        Value<Integer> next = new Value<>('i', 0);
        assertEquals(Integer.parseInt(v.name().substring(6)) + 1, Integer.parseInt(next.name().substring(6)));
        Lock lock = v.getLock();
        assertSame(lock, v.getLock());
        assertEquals(v.name() + ".lock", lock.name());
        v.name("counter");
        assertEquals("counter", v.name());
        assertEquals("counter.lock", lock.name());
        assertThrows(IllegalArgumentException.class, () -> v.name(" "));
        assertEquals("Value('i', 0, name=counter)", v.toString());
    }

    @Test
    void reportsReadsWritesAndAtomicAddsWithExactValues() throws Exception {
        Value<Integer> v = new Value<>('i', 5).name("counter");
        List<Event> events = new CopyOnWriteArrayList<>();
        try (AutoCloseable sub = ProcessContext.events().subscribe(events::add)) {
            v.get();
            v.set(9);
            v.getAndAdd(3);
        }
        v.get(); // no listener any more: no event
        assertEquals(3, events.size(), events.toString());
        assertEvent(events.get(0), EventType.VALUE_READ, null, "5");
        assertEvent(events.get(1), EventType.VALUE_WRITE, "5", "9");
        assertEvent(events.get(2), EventType.VALUE_ATOMIC, "9", "12");
    }

    @Test
    void theLockOfAValueIsALock() {
        Value<Integer> v = new Value<>('i', 0);
        try (Lock.Held held = v.getLock().hold()) {
            v.set(v.get() + 1);
        }
        assertTrue(v.getLock().acquire(java.time.Duration.ZERO));
        v.getLock().release();
        assertEquals(1, v.get());
    }

    static void assertEvent(Event e, EventType type, String old, String now) {
        assertEquals(type, e.type());
        assertEquals("counter", e.subject());
        assertEquals(-1, e.index());
        assertEquals(old, e.oldValue());
        assertEquals(now, e.newValue());
        assertEquals("main", e.worker());
        assertEquals(ProcessHandle.current().pid(), e.pid());
    }
}
