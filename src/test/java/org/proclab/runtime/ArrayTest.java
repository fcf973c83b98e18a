package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
class ArrayTest {

    @AfterEach
    void noFilesLeft() {
        Optional<Path> dir = SharedMemory.runDirectoryIfCreated();
        SharedMemory.deleteRunDirectory();
        dir.ifPresent(d -> assertFalse(Files.exists(d), "run directory still there: " + d));
    }

    @Test
    void lengthGivesZeros() {
        Array<Integer> a = new Array<>('i', 4);
        assertEquals(4, a.length());
        assertEquals(List.of(0, 0, 0, 0), a.toList());
        Array<Double> d = Array.of('d', 3);
        assertEquals(List.of(0.0, 0.0, 0.0), d.toList());
    }

    @Test
    void listAndJavaArraysInitialise() {
        assertEquals(List.of(1, 2, 3, 4), new Array<>('i', List.of(1, 2, 3, 4)).toList());
        assertEquals(List.of(5L, 6L), Array.<Long>of('q', new int[] {5, 6}).toList());
        assertEquals(List.of(1.0, 2.5), Array.<Double>of('d', List.of(1, 2.5)).toList());
        assertEquals(List.of(255, 0), Array.<Integer>of('B', new long[] {-1, 256}).toList());
        assertEquals(List.of(), new Array<Integer>('i', 0).toList());
    }

    @Test
    void setGetAndAddWorkPerElement() {
        Array<Integer> a = new Array<>('i', List.of(1, 2, 3));
        a.set(1, 20);
        assertEquals(3, a.getAndAdd(2, 10));
        assertEquals(List.of(1, 20, 13), a.toList());
        assertEquals("Array('i', [1, 20, 13], name=" + a.name() + ")", a.toString());
    }

    @Test
    void nestedInitializerIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Array.of('i', List.of(List.of(1, 2), List.of(3, 4))));
        assertEquals("Array is one-dimensional: element 0 is a list; flatten it or use one Array per row", e.getMessage());
        IllegalArgumentException twoD = assertThrows(IllegalArgumentException.class,
                () -> Array.of('i', new int[][] {{1}, {2}}));
        assertEquals("Array is one-dimensional: element 0 is an array; flatten it or use one Array per row",
                twoD.getMessage());
    }

    @Test
    void badElementsAndLengthsAreExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Array.of('i', List.of(1, 2.5)));
        assertEquals("element 1: type code 'i' (int) holds whole numbers; got 2.5 (a Double)", e.getMessage());
        IllegalArgumentException typed = assertThrows(IllegalArgumentException.class,
                () -> new Array<>('d', List.of(1.0, 2)));
        assertEquals("type code 'd' (double) holds Double values in Java, but element 1 2 is an Integer: write 2.0,"
                + " or use Array.of('d', list), which converts it", typed.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> new Array<>('i', -1));
        assertTrue(negative.getMessage().startsWith("Array length must be between 0 and "), negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Array.of('i', "1,2,3"));
    }

    @Test
    void outOfBoundsIndexesAreExplained() {
        Array<Integer> a = new Array<Integer>('i', 10).name("scores");
        IndexOutOfBoundsException high = assertThrows(IndexOutOfBoundsException.class, () -> a.get(10));
        assertEquals("index 10 is out of range: valid indexes of scores are 0 to 9", high.getMessage());
        IndexOutOfBoundsException low = assertThrows(IndexOutOfBoundsException.class, () -> a.set(-1, 3));
        assertEquals("index -1 is out of range: valid indexes of scores are 0 to 9 (Java has no negative"
                + " indexes like Python's a[-1]; use a.length() - 1)", low.getMessage());
        Array<Integer> empty = new Array<Integer>('i', 0).name("none");
        assertEquals("index 0 is out of range: none is empty (length 0)",
                assertThrows(IndexOutOfBoundsException.class, () -> empty.getAndAdd(0, 1)).getMessage());
    }

    @Test
    void eventsCarryTheElementIndex() throws Exception {
        Array<Integer> a = new Array<>('i', List.of(7, 8)).name("pair");
        List<Event> events = new CopyOnWriteArrayList<>();
        try (AutoCloseable sub = ProcessContext.events().subscribe(events::add)) {
            a.set(1, 80);
            a.get(0);
        }
        assertEquals(2, events.size(), events.toString());
        assertEquals(EventType.VALUE_WRITE, events.get(0).type());
        assertEquals(1, events.get(0).index());
        assertEquals("8", events.get(0).oldValue());
        assertEquals("80", events.get(0).newValue());
        assertEquals("pair", events.get(0).subject());
        assertEquals(EventType.VALUE_READ, events.get(1).type());
        assertEquals(0, events.get(1).index());
        assertEquals("7", events.get(1).newValue());
    }

    @Test
    void theArraysLockIsNamedAfterIt() {
        Array<Integer> a = new Array<Integer>('i', 2).name("grid");
        assertEquals("grid.lock", a.getLock().name());
        assertTrue(a.name().equals("grid"));
    }
}
