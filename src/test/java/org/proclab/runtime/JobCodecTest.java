package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.MalformedFrameException;

/** Jobs that travel as a method and its values, the ones that still need serialization, and what arrives. */
class JobCodecTest {
    private static final List<Object> SEEN = new CopyOnWriteArrayList<>();

    @BeforeEach
    void clear() {
        SEEN.clear();
    }

    @AfterAll
    static void cleanUp() {
        ProcLabRuntime.shutdown();
    }

    static void work(int n, String word) {
        SEEN.add(n);
        SEEN.add(word);
    }

    static void handles(Queue<Integer> a, Queue<Integer> b) {
        SEEN.add(a);
        SEEN.add(b);
    }

    @Test
    void aMethodReferenceOverNumbersAndStringsTravelsDirectAndRunsWithThem() throws Exception {
        Target2<Integer, String> target = JobCodecTest::work;
        byte[] bytes = JobCodec.encode(new Object[] {target, 7, "seven"});

        assertTrue(JobCodec.isDirect(bytes));
        JobCodec.decode(bytes).run();
        assertEquals(List.of(7, "seven"), SEEN);
    }

    @Test
    void aLambdasCapturedValuesComeFirstThenItsArguments() throws Exception {
        String captured = "cap";
        long big = 1L << 40;
        Target1<List<Object>> target = list -> SEEN.addAll(List.of(captured, big, list));
        byte[] bytes = JobCodec.encode(new Object[] {target, List.of(1, List.of(2.5, "x"))});

        assertTrue(JobCodec.isDirect(bytes));
        JobCodec.decode(bytes).run();
        assertEquals(List.of("cap", 1L << 40, List.of(1, List.of(2.5, "x"))), SEEN);
    }

    @Test
    void aQueuePassedTwiceArrivesAsOneObjectAsWithSerialization() throws Exception {
        Queue<Integer> q = new Queue<>();
        q.name("jobs");
        Target2<Queue<Integer>, Queue<Integer>> target = JobCodecTest::handles;
        byte[] bytes = JobCodec.encode(new Object[] {target, q, q});

        assertTrue(JobCodec.isDirect(bytes));
        JobCodec.decode(bytes).run();
        assertSame(SEEN.get(0), SEEN.get(1));
        Queue<?> copy = (Queue<?>) SEEN.get(0);
        assertEquals("jobs", copy.name());
        assertEquals(q.id(), copy.id());
        assertEquals(Queue.class, copy.getClass());
    }

    @Test
    void aDecodedValueAndLockAreTheSameSharedMemory() throws Exception {
        Value<Integer> v = new Value<>('i', 41);
        Lock lock = new Lock();
        Array<Double> a = new Array<>('d', List.of(1.5, 2.5));
        Target3<Value<Integer>, Lock, Array<Double>> target = (value, l, array) -> {
            try (var held = l.hold()) {
                value.set(value.get() + 1);
                array.set(1, 9.25);
            }
            SEEN.add(l.toString());
        };
        byte[] bytes = JobCodec.encode(new Object[] {target, v, lock, a});

        assertTrue(JobCodec.isDirect(bytes));
        JobCodec.decode(bytes).run();
        assertEquals(42, v.get());
        assertEquals(9.25, a.get(1));
        assertTrue(String.valueOf(SEEN.get(0)).contains("free"), SEEN.toString());
    }

    @Test
    void aJoinableQueueAndAnEventKeepTheirKind() throws Exception {
        JoinableQueue<Integer> jq = new JoinableQueue<>();
        Event event = new Event();
        Target2<JoinableQueue<Integer>, Event> target = (q, e) -> SEEN.addAll(List.of(q, e));
        JobCodec.decode(JobCodec.encode(new Object[] {target, jq, event})).run();

        assertInstanceOf(JoinableQueue.class, SEEN.get(0));
        assertEquals(jq.name(), ((JoinableQueue<?>) SEEN.get(0)).name());
        assertEquals(event.name(), ((Event) SEEN.get(1)).name());
    }

    /** A learner's own class as an argument: only serialization carries it. */
    static final class Point implements Serializable {
        private static final long serialVersionUID = 1L;
        final int x;

        Point(int x) {
            this.x = x;
        }
    }

    @Test
    void anArgumentOfTheLearnersOwnClassGoesSerializedAndStillRuns() throws Exception {
        Target1<Point> target = p -> SEEN.add(p.x);
        byte[] bytes = JobCodec.encode(new Object[] {target, new Point(3)});

        assertFalse(JobCodec.isDirect(bytes));
        JobCodec.decode(bytes).run();
        assertEquals(List.of(3), SEEN);
    }

    @Test
    void aListPassedTwiceGoesSerializedSoThatItStaysOneList() throws Exception {
        List<Integer> shared = new ArrayList<>(List.of(1));
        Target2<List<Integer>, List<Integer>> target = (a, b) -> {
            a.add(2);
            SEEN.add(b.size());
        };
        byte[] bytes = JobCodec.encode(new Object[] {target, shared, shared});

        assertFalse(JobCodec.isDirect(bytes));
        JobCodec.decode(bytes).run();
        assertEquals(List.of(2), SEEN);
    }

    /** A target object of a class of its own, not a lambda. */
    static final class Task implements Target0 {
        private static final long serialVersionUID = 1L;

        @Override
        public void run() {
            SEEN.add("task");
        }
    }

    @Test
    void aTargetObjectThatIsNoLambdaGoesSerialized() throws Exception {
        byte[] bytes = JobCodec.encode(new Object[] {new Task()});

        assertFalse(JobCodec.isDirect(bytes));
        JobCodec.decode(bytes).run();
        assertEquals(List.of("task"), SEEN);
    }

    @Test
    void whatTheTargetThrowsComesOutUnwrapped() throws Exception {
        Target0 failing = () -> {
            throw new IOException("disk on fire");
        };
        byte[] bytes = JobCodec.encode(new Object[] {failing});

        assertTrue(JobCodec.isDirect(bytes));
        IOException thrown = assertThrows(IOException.class, () -> JobCodec.decode(bytes).run());
        assertEquals("disk on fire", thrown.getMessage());
        for (StackTraceElement frame : thrown.getStackTrace()) {
            assertFalse(frame.getClassName().startsWith("jdk.internal.reflect."), frame.toString());
        }
        assertTrue(thrown.getStackTrace()[0].getMethodName().startsWith("lambda$"), thrown.getStackTrace()[0].toString());
    }

    static long square(long x) {
        return x * x;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPoolFunctionArrivesAsAMethodFunctionOfItsArityAndComputesTheSame() throws Exception {
        Object one = JobCodec.decodeFunction(JobCodec.encodeFunction((Fn<Long, Long>) JobCodecTest::square));
        int offset = 10;
        Object two = JobCodec.decodeFunction(JobCodec.encodeFunction((Fn2<Integer, Integer, Integer>) (a, b) -> a * b + offset));
        Object unbound = JobCodec.decodeFunction(JobCodec.encodeFunction((Fn<String, Integer>) String::length));

        assertInstanceOf(MethodFunction.class, one);
        assertEquals("square", ((MethodFunction) one).methodName());
        assertEquals(1L << 40, ((Fn<Object, Object>) one).apply(1L << 20));
        assertFalse(two instanceof Fn);
        assertEquals(52, ((Fn2<Object, Object, Object>) two).apply(6, 7));
        assertEquals(5, ((Fn<Object, Object>) unbound).apply("hello"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWrongArgumentTypeReadsLikeTheLambdasOwnCast() throws Exception {
        Fn<Object, Object> fn = (Fn<Object, Object>) JobCodec.decodeFunction(
                JobCodec.encodeFunction((Fn<Long, Long>) JobCodecTest::square));

        ClassCastException wrong = assertThrows(ClassCastException.class, () -> fn.apply("seven"));
        assertTrue(MethodFunction.isWrongArgument(wrong));
        assertEquals("class java.lang.String cannot be cast to class java.lang.Long", wrong.getMessage());
        assertThrows(NullPointerException.class, () -> fn.apply(null));
    }

    @Test
    void aFunctionBoundToALearnersObjectGoesSerialized() throws Exception {
        Point origin = new Point(2);
        byte[] bytes = JobCodec.encodeFunction((Fn<Integer, Integer>) x -> x + origin.x);

        assertEquals(0, bytes[0], "serialized");
        assertFalse(JobCodec.decodeFunction(bytes) instanceof MethodFunction);
    }

    record Plan(String mode, int iterations) implements Serializable {
        Plan {
            if (iterations < 0) {
                throw new IllegalArgumentException("negative");
            }
            SEEN.add("constructed " + mode);
        }
    }

    record Shared(Value<Integer> counter, Lock lock, Barrier start) implements Serializable {
    }

    record Loose(String mode) {
    }

    @Test
    void recordsOfValuesAndHandlesTravelDirectAndAreMadeByTheirCanonicalConstructor() throws Exception {
        Plan plan = new Plan("each", 3);
        Shared shared = new Shared(new Value<>('i', 5), new Lock(), new Barrier(1));
        Target3<Plan, Shared, Shared> target = (p, s, again) -> {
            SEEN.add(p);
            SEEN.add(s.counter().get());
            SEEN.add(s == again);
            s.start().await();
        };
        byte[] bytes = JobCodec.encode(new Object[] {target, plan, shared, shared});
        SEEN.clear();

        assertTrue(JobCodec.isDirect(bytes));
        JobCodec.decode(bytes).run();
        assertEquals(List.of("constructed each", new Plan("each", 3), 5, true), SEEN.subList(0, 4));
    }

    @Test
    void aRecordThatIsNotSerializableGoesTheOldWayAndFailsAsItDid() {
        Target1<Loose> target = l -> SEEN.add(l.mode());
        assertThrows(IOException.class, () -> JobCodec.encode(new Object[] {target, new Loose("x")}));
    }

    @Test
    void unknownBytesAreRefused() {
        assertThrows(MalformedFrameException.class, () -> JobCodec.decode(new byte[] {9}));
    }

    @Test
    void compactItemsAreTheOnesWithTagsOfTheirOwnAndNoSharedLists() {
        List<Object> inner = new ArrayList<>(List.of(1));
        List<Object> twice = new ArrayList<>(List.of(inner, inner));
        List<Object> self = new ArrayList<>();
        self.add(self);

        assertTrue(ItemCodec.isCompact(List.of(1, 2L, "x", List.of(3.0)), identitySet()));
        assertFalse(ItemCodec.isCompact(twice, identitySet()));
        assertFalse(ItemCodec.isCompact(self, identitySet()));
        assertFalse(ItemCodec.isCompact(new Point(1), identitySet()));
        assertFalse(ItemCodec.isCompact(List.of('c'), identitySet()));
    }

    private static java.util.Set<Object> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
