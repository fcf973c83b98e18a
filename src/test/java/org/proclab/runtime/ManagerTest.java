package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/** From what CPython's _TestContainers checks for a Manager's dict and list, with workers writing to them. */
class ManagerTest {
    @AfterEach
    void noLeftovers() {
        Leftovers.assertNone();
    }

    @Test
    void aDictKeepsInsertionOrderAndAnswersLikePythons() {
        try (Manager manager = new Manager()) {
            DictProxy<Integer, String> d = manager.dict();
            for (int i = 65; i < 70; i++) {
                assertNull(d.put(i, String.valueOf((char) i)));
            }
            Map<Integer, String> expected = new LinkedHashMap<>();
            for (int i = 65; i < 70; i++) {
                expected.put(i, String.valueOf((char) i));
            }
            assertEquals(expected, d.copy());
            assertEquals(List.of(65, 66, 67, 68, 69), new ArrayList<>(d.copy().keySet()));
            assertEquals(5, d.size());
            assertEquals("A", d.put(65, "a"));
            assertEquals("a", d.get(65));
            assertNull(d.get(1));
            assertEquals("none", d.getOrDefault(1, "none"));
            assertTrue(d.containsKey(66));
            assertEquals("B", d.remove(66));
            assertFalse(d.containsKey(66));
            assertNull(d.remove(66));
            d.clear();
            assertEquals(0, d.size());
        }
    }

    @Test
    void valuesTravelAsCopies() {
        try (Manager manager = new Manager()) {
            DictProxy<String, List<Integer>> d = manager.dict();
            List<Integer> mine = new ArrayList<>(List.of(1, 2));
            d.put("k", mine);
            mine.add(3);
            assertEquals(List.of(1, 2), d.get("k"), "changing my list changed the shared one");
            d.get("k").add(4);
            assertEquals(List.of(1, 2), d.get("k"));
        }
    }

    @Test
    void aListIndexesFromBothEndsAndRefusesOutOfRange() {
        try (Manager manager = new Manager()) {
            ListProxy<Integer> l = manager.list();
            assertEquals(List.of(), l.copy());
            for (int i = 0; i < 5; i++) {
                l.append(i);
            }
            assertEquals(List.of(0, 1, 2, 3, 4), l.copy());
            assertEquals(2, l.get(2));
            assertEquals(4, l.get(-1));
            assertEquals(2, l.set(2, 20));
            assertEquals(4, l.pop());
            assertEquals(0, l.pop(0));
            assertEquals(List.of(1, 20, 3), l.copy());
            assertEquals(3, l.size());
            assertThrows(IndexOutOfBoundsException.class, () -> l.get(3));
            assertThrows(IndexOutOfBoundsException.class, () -> l.get(-4));
        }
    }

    static void appendAndCount(ListProxy<Integer> l, DictProxy<String, Integer> counts, Lock lock) {
        for (int i = 0; i < 100; i++) {
            l.append(i);
            try (Lock.Held held = lock.hold()) {
                counts.put("n", counts.get("n") + 1);
            }
        }
    }

    @Test
    void workersChangeTheOneCopyAndALockMakesReadThenWriteExact() {
        try (Manager manager = new Manager()) {
            ListProxy<Integer> l = manager.list();
            DictProxy<String, Integer> counts = manager.dict();
            counts.put("n", 0);
            Lock lock = new Lock();
            List<Process> all = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                all.add(new Process(ManagerTest::appendAndCount, l, counts, lock));
            }
            all.forEach(Process::start);
            all.forEach(Process::join);
            all.forEach(p -> assertEquals(0, p.exitCode(), p.exitReason()));
            assertEquals(300, l.size());
            assertEquals(300, counts.get("n"));
            List<Integer> items = l.copy();
            Collections.sort(items);
            for (int i = 0; i < 300; i++) {
                assertEquals(i / 3, items.get(i));
            }
        }
    }

    @Test
    void aShutDownManagersContainersAreGone() {
        Manager manager = new Manager();
        DictProxy<String, Integer> d = manager.dict();
        d.put("x", 1);
        manager.shutdown();
        assertThrows(IllegalStateException.class, () -> d.get("x"));
        assertThrows(IllegalStateException.class, manager::list);
        manager.close();
    }

    @Test
    void dictAndListOperationsOfWorkersAreInTheEventStream() throws Exception {
        List<Event> seen = new CopyOnWriteArrayList<>();
        try (Manager manager = new Manager(); AutoCloseable sub = ProcessContext.events().subscribe(seen::add)) {
            DictProxy<String, Integer> d = manager.<String, Integer>dict().name("scores");
            ListProxy<String> l = manager.<String>list().name("log");
            Process p = new Process((DictProxy<String, Integer> dd, ListProxy<String> ll) -> {
                dd.put("ann", 3);
                dd.put("ann", 4);
                dd.remove("ann");
                ll.append("hello");
            }, d, l).name("writer");
            p.start();
            p.join();
            assertEquals(0, p.exitCode());
        }
        List<String> ops = seen.stream().filter(e -> "writer".equals(e.worker()))
                .filter(e -> e.type().name().startsWith("DICT_") || e.type().name().startsWith("LIST_"))
                .map(e -> e.type() + " " + e.subject() + " " + e.text() + " " + e.oldValue() + " " + e.newValue())
                .collect(Collectors.toList());
        assertEquals(List.of(
                EventType.DICT_SET + " scores ann null 3",
                EventType.DICT_SET + " scores ann 3 4",
                EventType.DICT_DELETE + " scores ann 4 null",
                EventType.LIST_APPEND + " log null null hello"), ops);
    }
}
