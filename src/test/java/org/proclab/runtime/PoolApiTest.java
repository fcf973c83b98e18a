package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pool's Python API beyond map and applyAsync, after what CPython's own pool tests check. One pool for all. */
class PoolApiTest {
    private static final Duration LONG = Duration.ofSeconds(60);
    private static Pool pool;

    @BeforeAll
    static void startPool() {
        pool = new Pool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.close();
        Leftovers.assertNone();
    }

    static Integer square(Integer x) {
        return x * x;
    }

    static List<Integer> squares(int n) {
        return IntStream.range(0, n).map(x -> x * x).boxed().collect(Collectors.toList());
    }

    static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toList());
    }

    @Test
    void applyWaitsForTheValue() {
        assertEquals(25, pool.apply(PoolApiTest::square, 5));
    }

    @Test
    void imapGivesResultsInInputOrderThenStops() {
        assertEquals(squares(10), toList(pool.imap(PoolApiTest::square, range(10))));
        ResultIterator<Integer> it = pool.imap(PoolApiTest::square, range(10));
        for (int i = 0; i < 10; i++) {
            assertTrue(it.hasNext());
            assertEquals(i * i, it.next(LONG));
        }
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
        assertEquals(squares(1000), toList(pool.imap(PoolApiTest::square, range(1000), 100)));
    }

    @Test
    void imapThrowsAtTheFailedItemAndGoesOnPastIt() {
        ResultIterator<Integer> it = pool.imap((Integer x) -> 10 / x, List.of(1, 0, 5));
        assertEquals(10, it.next());
        WorkerException e = assertThrows(WorkerException.class, it::next);
        assertEquals("java.lang.ArithmeticException", e.remoteClass());
        assertEquals(2, it.next());
        assertFalse(it.hasNext());
    }

    @Test
    void imapUnorderedGivesEveryResultOnce() {
        List<Integer> got = toList(pool.imapUnordered(PoolApiTest::square, range(1000), 53));
        got.sort(null);
        assertEquals(squares(1000), got);
        assertEquals(squares(10), sorted(toList(pool.imapUnordered(PoolApiTest::square, range(10)))));
    }

    @Test
    void imapUnorderedGivesAFinishedResultBeforeOneStillRunning() {
        Queue<Integer> gate = new Queue<>();
        ResultIterator<Integer> it = pool.imapUnordered((Queue<Integer> q) -> q == null ? 1 : q.get() + 100,
                Arrays.asList(gate, null));
        assertEquals(1, it.next(LONG), "the second task's result came first: the first still waits");
        gate.put(0);
        assertEquals(100, it.next(LONG));
        assertFalse(it.hasNext());
    }

    @Test
    void aTimedOutNextCanBeRetried() {
        Queue<Integer> gate = new Queue<>();
        ResultIterator<Integer> it = pool.imap((Queue<Integer> q) -> q.get(), List.of(gate));
        TaskTimeoutException late = assertThrows(TaskTimeoutException.class, () -> it.next(Duration.ofMillis(20)));
        assertTrue(late.getCause() instanceof java.util.concurrent.TimeoutException);
        gate.put(7);
        assertEquals(7, it.next(LONG));
    }

    @Test
    void starmapUnpacksEachArgumentList() {
        List<List<Integer>> pairs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pairs.add(List.of(i, 9 - i));
        }
        List<Integer> expected = pairs.stream().map(p -> p.get(0) * p.get(1)).collect(Collectors.toList());
        assertEquals(expected, pool.starmap((Integer a, Integer b) -> a * b, pairs));
        assertEquals(expected, pool.starmap((Integer a, Integer b) -> a * b, pairs, 3));
        assertEquals(expected, pool.starmapAsync((Integer a, Integer b) -> a * b, pairs).get(LONG));
        assertEquals(List.of("a1true"), pool.starmap((String a, Integer b, Boolean c) -> a + b + c,
                List.of(List.of("a", 1, true))));
        assertEquals(List.of(9), pool.starmap(PoolApiTest::square, List.of(List.of(3))));
    }

    @Test
    void aWrongArgumentCountReadsLikePythonsTypeErrorOnce() {
        WorkerException e = assertThrows(WorkerException.class,
                () -> pool.starmap(PoolApiTest::square, List.of(List.of(1, 2, 3))));
        String said = e.toString();
        assertTrue(said.contains("square() takes 1 positional argument but 3 were given"), said);
        assertEquals(1, said.split("takes 1 positional", -1).length - 1, "said once: " + said);
        assertFalse(said.contains("ClassCastException"), said);
        WorkerException few = assertThrows(WorkerException.class,
                () -> pool.starmap((Integer a, Integer b) -> a + b, List.of(List.of(1))));
        assertTrue(few.getMessage().contains("<lambda>() missing 1 required positional argument"), few.getMessage());
        @SuppressWarnings("unchecked")
        List<Integer> notNumbers = (List<Integer>) (List<?>) List.of("not a number");
        WorkerException type = assertThrows(WorkerException.class, () -> pool.map(PoolApiTest::square, notNumbers));
        assertTrue(type.getMessage().contains("square() was given an argument of the wrong type"), type.getMessage());
    }

    @Test
    void mapAsyncRunsItsCallbackBeforeTheResultIsReady() {
        CompletableFuture<List<Integer>> called = new CompletableFuture<>();
        CompletableFuture<String> thread = new CompletableFuture<>();
        AsyncResult<List<Integer>> r = pool.mapAsync(PoolApiTest::square, range(10), list -> {
            thread.complete(Thread.currentThread().getName());
            called.complete(list);
        }, error -> called.completeExceptionally(error));
        assertEquals(squares(10), r.get(LONG));
        assertTrue(called.isDone(), "the callback ran before get() returned");
        assertEquals(squares(10), called.join());
        assertTrue(thread.join().endsWith("-callbacks"), thread.join());
        assertEquals(squares(100), pool.mapAsync(PoolApiTest::square, range(100), 100).get(LONG));
    }

    @Test
    void anErrorCallbackGetsTheWorkersException() {
        CompletableFuture<RuntimeException> told = new CompletableFuture<>();
        CompletableFuture<Object> called = new CompletableFuture<>();
        AsyncResult<Integer> r = pool.applyAsync((Integer x) -> 10 / x, 0, called::complete, told::complete);
        WorkerException e = assertThrows(WorkerException.class, () -> r.get(LONG));
        assertEquals(e, told.join());
        assertFalse(called.isDone(), "no callback for a failed call");
        AsyncResult<List<Integer>> m = pool.mapAsync((Integer x) -> 10 / x, range(3), list -> { }, told::complete);
        assertThrows(WorkerException.class, () -> m.get(LONG));
        CompletableFuture<Integer> value = new CompletableFuture<>();
        assertEquals(49, pool.applyAsync(PoolApiTest::square, 7, value::complete, null).get(LONG));
        assertEquals(49, value.join());
    }

    @Test
    void readySuccessfulAndWaitForFollowTheCall() {
        Queue<Integer> gate = new Queue<>();
        AsyncResult<Integer> r = pool.applyAsync((Queue<Integer> q) -> q.get(), gate);
        assertFalse(r.ready());
        assertThrows(IllegalStateException.class, r::successful, "Python raises ValueError when not ready");
        assertFalse(r.waitFor(Duration.ofMillis(20)));
        gate.put(3);
        r.waitFor();
        assertTrue(r.ready());
        assertTrue(r.successful());
        assertEquals(3, r.get());
        AsyncResult<Integer> bad = pool.applyAsync((Integer x) -> 1 / x, 0);
        assertTrue(bad.waitFor(LONG));
        assertFalse(bad.successful());
    }

    @Test
    void emptyInputsGiveEmptyResults() {
        assertEquals(List.of(), pool.map(PoolApiTest::square, List.of()));
        assertEquals(List.of(), pool.map(PoolApiTest::square, List.of(), 1));
        assertEquals(List.of(), pool.mapAsync(PoolApiTest::square, List.of()).get(LONG));
        assertEquals(List.of(), toList(pool.imap(PoolApiTest::square, List.of())));
        assertEquals(List.of(), toList(pool.imapUnordered(PoolApiTest::square, List.of())));
        assertEquals(List.of(), pool.starmap((Integer a, Integer b) -> a + b, List.of()));
        assertTrue(pool.mapAsync(PoolApiTest::square, List.of()).ready());
    }

    @Test
    void chunksizeMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> pool.map(PoolApiTest::square, range(3), 0));
        assertThrows(IllegalArgumentException.class, () -> pool.imap(PoolApiTest::square, range(3), -1));
        assertEquals(squares(100), pool.map(PoolApiTest::square, range(100), 100));
    }

    private static <T> List<T> toList(Iterable<T> it) {
        List<T> out = new ArrayList<>();
        it.forEach(out::add);
        return out;
    }

    private static List<Integer> sorted(List<Integer> list) {
        list.sort(null);
        return list;
    }
}
