package org.proclab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LineSenderTest {

    /** A reader that does not read: every write waits until the test lets it through. */
    private static final class StalledReader extends OutputStream {
        final CountDownLatch open = new CountDownLatch(1);
        final ByteArrayOutputStream got = new ByteArrayOutputStream();

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            try {
                open.await();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            synchronized (got) {
                got.write(b, off, len);
            }
        }
    }

    @Test
    void aReaderThatDoesNotReadNeverStopsTheSenderAndDrainWaitsForEveryLineInOrder() throws Exception {
        StalledReader reader = new StalledReader();
        LineSender lines = new LineSender(new PrintStream(reader, false, StandardCharsets.UTF_8), "test-lines");
        CountDownLatch sent = new CountDownLatch(1);
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 1000; i++) {
                int n = i;
                lines.send(() -> "line " + n);
            }
            sent.countDown();
        });
        producer.start();
        assertTrue(sent.await(10, TimeUnit.SECONDS), "the producer waited for a reader that did not read");
        assertEquals(0, reader.got.size());
        reader.open.countDown();
        lines.drain();
        String[] written = reader.got.toString(StandardCharsets.UTF_8).split(System.lineSeparator());
        assertEquals(1000, written.length);
        for (int i = 0; i < 1000; i++) {
            assertEquals("line " + i, written[i]);
        }
    }

    @Test
    void aLineThatCannotBeMadeIsLeftOutAndTheOthersStillGo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineSender lines = new LineSender(new PrintStream(out, false, StandardCharsets.UTF_8), "test-lines");
        lines.send(() -> "first");
        lines.send(() -> {
            throw new IllegalStateException("broken event");
        });
        lines.send(() -> "last");
        lines.drain();
        assertEquals("first" + System.lineSeparator() + "last" + System.lineSeparator(),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theReadyHostsWarmUpWritesNothingAndFindsItsClasses() {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            ReadyHost.warmUpEventLines();
        } finally {
            System.setOut(before);
        }
        assertEquals(0, out.size());
    }

    /** A run host whose learner calls System.exit while lines are still queued. */
    static final class ExitingHost {
        public static void main(String[] args) {
            LineSender lines = new LineSender(System.out, "exiting-host-lines");
            for (int i = 0; i < 20_000; i++) {
                int n = i;
                lines.send(() -> "line " + n);
            }
            System.exit(0);
        }
    }

    @Test
    void linesStillQueuedWhenTheJvmExitsAreWrittenFirst() throws Exception {
        java.lang.Process child = org.proclab.runtime.spawn.JavaCommand.forMain(ExitingHost.class.getName())
                .toProcessBuilder().redirectErrorStream(true).start();
        try {
            String[] got = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .split(System.lineSeparator());
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(20_000, got.length, "lines lost at exit");
            assertEquals("line 19999", got[got.length - 1]);
        } finally {
            child.destroyForcibly().waitFor();
        }
    }
}
