package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** From what CPython's _TestConnection and _TestPoll check, with the other end in a worker JVM. */
class PipeTest {
    static final Duration LONG = Duration.ofSeconds(60);
    static final String STOP = "stop";

    @AfterEach
    void noLeftovers() {
        Leftovers.assertNone();
    }

    static void echo(Connection conn) {
        Object item;
        while (!STOP.equals(item = conn.recv())) {
            conn.send(item);
        }
        conn.close();
    }

    @Test
    void aDuplexPipeEchoesInOrderPollsAndEndsInEof() {
        Pipe pipe = new Pipe();
        Connection conn = pipe.conn1();
        Connection child = pipe.conn2();
        Process p = new Process(PipeTest::echo, child);
        p.start();

        List<Object> seq = Arrays.asList(1, 2.25, null);
        conn.send(seq);
        assertEquals(seq, conn.recv());
        assertFalse(conn.poll());
        assertFalse(conn.poll(Duration.ofMillis(-1)));
        long start = System.nanoTime();
        assertFalse(conn.poll(Duration.ofMillis(100)));
        assertTrue(System.nanoTime() - start >= 100_000_000L);
        conn.send(null);
        assertTrue(conn.poll(LONG));
        assertTrue(conn.poll(Duration.ZERO), "polling does not take the item");
        assertNull(conn.recv());
        String big = "X".repeat(1 << 20);
        conn.send(big);
        assertEquals(big, conn.recv());
        for (int i = 0; i < 200; i++) {
            conn.send(i);
        }
        for (int i = 0; i < 200; i++) {
            assertEquals(i, conn.recv());
        }

        conn.send(STOP);
        child.close();
        assertTrue(conn.readable() && conn.writable());
        assertThrows(PipeEofException.class, conn::recv);
        assertTrue(conn.poll(), "at EOF recv would not wait, so poll is true");
        p.join();
        assertEquals(0, p.exitCode());
    }

    @Test
    void aOneWayPipeReceivesOnConn1AndSendsOnConn2Only() {
        Pipe pipe = new Pipe(false);
        Connection reader = pipe.conn1();
        Connection writer = pipe.conn2();
        writer.send(1);
        assertEquals(1, reader.recv());
        assertTrue(reader.readable());
        assertFalse(reader.writable());
        assertFalse(writer.readable());
        assertTrue(writer.writable());
        assertThrows(IllegalStateException.class, () -> reader.send(2));
        assertThrows(IllegalStateException.class, writer::recv);
        assertThrows(IllegalStateException.class, writer::poll);
    }

    @Test
    void theParentMayCloseItsCopyOfTheChildsEndRightAfterStart() {
        Pipe pipe = new Pipe();
        Process p = new Process(PipeTest::echo, pipe.conn2());
        p.start();
        pipe.conn2().close();
        pipe.conn1().send("hello");
        assertEquals("hello", pipe.conn1().recv());
        pipe.conn1().send(STOP);
        assertThrows(PipeEofException.class, pipe.conn1()::recv, "the child closed the last copy of its end");
        pipe.conn1().close();
        p.join();
        assertEquals(0, p.exitCode());
    }

    @Test
    void closedEndsRefuseWorkAndSendingToAClosedPeerIsABrokenPipe() {
        Pipe pipe = new Pipe();
        Connection a = pipe.conn1();
        Connection b = pipe.conn2();
        try (a; b) {
            a.send(1729);
            assertEquals(1729, b.recv());
            assertFalse(a.closed());
        }
        assertTrue(a.closed() && b.closed());
        assertThrows(IllegalStateException.class, a::recv);
        assertThrows(IllegalStateException.class, () -> b.send(1));
        a.close();

        Pipe half = new Pipe();
        half.conn2().close();
        IllegalStateException broken = assertThrows(IllegalStateException.class, () -> half.conn1().send("x"));
        assertTrue(broken.getMessage().contains("broken pipe"), broken.getMessage());
    }

    static void relay(Connection control) {
        Connection w = (Connection) control.recv();
        w.send("all is well");
        w.close();
        Connection r = (Connection) control.recv();
        Object msg = r.recv();
        control.send(msg + "" + msg);
        control.close();
    }

    @Test
    void anEndCanItselfBeSentThroughAPipe() {
        Pipe control = new Pipe();
        Process p = new Process(PipeTest::relay, control.conn2());
        p.start();
        control.conn2().close();

        Pipe first = new Pipe(false);
        control.conn1().send(first.conn2());
        first.conn2().close();
        assertEquals("all is well", first.conn1().recv());
        assertThrows(PipeEofException.class, first.conn1()::recv);

        Pipe second = new Pipe(false);
        control.conn1().send(second.conn1());
        second.conn1().close();
        second.conn2().send("foobar");
        second.conn2().close();
        assertEquals("foobarfoobar", control.conn1().recv());
        p.join();
        assertEquals(0, p.exitCode());
    }

    static void sendThenExit(Connection end) {
        end.send("last words");
    }

    @Test
    void aWorkerThatExitsWithoutClosingItsCopyHasItClosedAsTheOsWould() {
        Pipe pipe = new Pipe();
        Process p = new Process(PipeTest::sendThenExit, pipe.conn2());
        p.start();
        assertEquals("last words", pipe.conn1().recv());
        p.join();
        assertFalse(pipe.conn1().poll(Duration.ZERO), "the parent's own copy of that end is still open");
        pipe.conn2().close();
        assertTrue(pipe.conn1().poll(LONG), "poll is true at EOF");
        assertThrows(PipeEofException.class, pipe.conn1()::recv);
    }

    @Test
    void aKilledWorkersCopyClosesTooAndItsReceiverSeesEof() {
        Pipe pipe = new Pipe();
        Process p = new Process((Connection end) -> {
            end.send("up");
            end.recv();
        }, pipe.conn2());
        p.start();
        pipe.conn2().close();
        assertEquals("up", pipe.conn1().recv());
        p.kill();
        p.join();
        assertThrows(PipeEofException.class, pipe.conn1()::recv);
    }
}
