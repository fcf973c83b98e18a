package org.proclab.runtime.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.proclab.runtime.spawn.JavaCommand;

/** Starts {@link ShmChildMain} JVMs for a test and makes sure none outlives it. */
final class ChildJvms implements AutoCloseable {
    private final List<Child> children = new ArrayList<>();

    /** A running child and the lines it printed so far (stderr merged in, to show failures). */
    static final class Child {
        final Process process;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final StringBuffer all = new StringBuffer();

        Child(Process process) {
            this.process = process;
            Thread reader = new Thread(this::drain, "child-" + process.pid() + "-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        private void drain() {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    all.append(line).append('\n');
                    lines.add(line);
                }
            } catch (IOException e) {
                // The child was killed: its output simply ends.
            }
        }

        /** The first line starting with {@code prefix}, skipping others; fails after {@code timeout}. */
        String awaitLine(String prefix, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    fail("child " + process.pid() + " printed no line starting with \"" + prefix + "\" within "
                            + timeout + "; output so far:\n" + all);
                }
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
        }

        long pid() {
            return process.pid();
        }
    }

    Child start(String mode, String sharedBase64, Object... more) {
        JavaCommand command = JavaCommand.forMain(ShmChildMain.class).jvmOption("-XX:+UseSerialGC")
                .jvmOption("-Xshare:auto").arg(mode).arg(sharedBase64);
        for (Object arg : more) {
            command.arg(arg);
        }
        try {
            Child child = new Child(command.toProcessBuilder().redirectErrorStream(true).start());
            children.add(child);
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String encode(Object... shared) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(shared);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** Waits for a child to end by itself; a child still running after the timeout fails the test. */
    static int exitCode(Child child, Duration timeout) throws InterruptedException {
        if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("child " + child.pid() + " still running after " + timeout + "; output:\n" + child.all);
        }
        return child.process.exitValue();
    }

    /** Kills what is left and checks that this JVM has no child process any more. */
    @Override
    public void close() throws InterruptedException {
        for (Child child : children) {
            child.process.destroyForcibly();
            child.process.waitFor(10, TimeUnit.SECONDS);
        }
        assertEquals(0, ProcessHandle.current().descendants().count(), "child JVMs left behind");
    }
}
