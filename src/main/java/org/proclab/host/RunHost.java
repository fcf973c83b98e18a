package org.proclab.host;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.proclab.host.wire.HostLineCodec;
import org.proclab.host.wire.HostMessage;

/**
 * One run of a chapter in a child JVM. Reads the child's stdout JSON lines and stderr on two daemon threads
 * and hands every line, parsed once by {@link HostLineCodec}, to a listener; a line that is not an event becomes
 * a {@link HostMessage.Warning}.
 * The listener is called on those threads, so it must only enqueue. No JavaFX here: testable alone.
 */
public final class RunHost {
    /** Grace for the host to clean up after SIGTERM before everything left is killed. */
    static final Duration STOP_GRACE = Duration.ofMillis(300);
    static final Duration STOP_LIMIT = Duration.ofMillis(1000);

    private final java.lang.Process process;
    private final Consumer<HostMessage> listener;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final CountDownLatch streamsDone = new CountDownLatch(2);
    private final CountDownLatch exited = new CountDownLatch(1);
    private final CountDownLatch stopDone = new CountDownLatch(1);
    private final Set<ProcessHandle> seenDescendants = ConcurrentHashMap.newKeySet();
    private volatile int survivors;
    /** Lines for the host's stdin (step commands), written by their own thread; null when stdin is closed. */
    private final LinkedBlockingQueue<String> commands;
    /**
     * Whether the exit waiter lists the host's descendants every poll (a walk of all of /proc, ten times a
     * second). A ready host waiting for its command starts at most its worker image's training JVM, so it is
     * listed only every {@value #IDLE_SCAN_EVERY}th poll then: an idle app would pay for the walks.
     */
    private volatile boolean watchDescendants = true;
    private static final int IDLE_SCAN_EVERY = 10;
    /** Compared by identity: the queue's marker for "close stdin here". */
    private static final String END_OF_INPUT = new String("");

    private RunHost(java.lang.Process process, Consumer<HostMessage> listener, boolean interactive) {
        this.process = process;
        this.listener = listener;
        this.commands = interactive ? new LinkedBlockingQueue<>() : null;
    }

    /** Starts {@code command} (see {@link HostCommand}) and begins reading it. */
    public static RunHost start(List<String> command, Consumer<HostMessage> listener) throws IOException {
        return start(command, listener, false);
    }

    /**
     * Starts {@code command}; when {@code interactive}, its stdin stays open for {@link #send(String)} (a
     * stepped run reads {@code step NAME} lines there), else it is closed at once.
     */
    public static RunHost start(List<String> command, Consumer<HostMessage> listener, boolean interactive)
            throws IOException {
        return start(command, listener, interactive, false);
    }

    /**
     * As {@link #start(List, Consumer, boolean)}; a host that {@code waitsForCommand} (a ready host) starts
     * nothing before its first line.
     */
    static RunHost start(List<String> command, Consumer<HostMessage> listener, boolean interactive,
                         boolean waitsForCommand) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        java.lang.Process process = builder.start();
        if (!interactive) {
            process.getOutputStream().close();
        }
        RunHost host = new RunHost(process, listener, interactive);
        host.watchDescendants = !waitsForCommand;
        listener.accept(new HostMessage.Started(process.pid()));
        host.startReaders();
        return host;
    }

    /** Queues one line for the host's stdin; never blocks. Ignored when the host was not started interactive. */
    public void send(String line) {
        if (commands != null && !stopped.get()) {
            watchDescendants = true;
            commands.add(line);
        }
    }

    /** Closes the host's stdin once the lines queued before have been written. */
    public void closeInput() {
        if (commands != null) {
            commands.add(END_OF_INPUT);
        }
    }

    private void writeCommands() {
        try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            while (process.isAlive()) {
                String line = commands.poll(200, TimeUnit.MILLISECONDS);
                if (line == END_OF_INPUT) {
                    return;
                }
                if (line != null) {
                    in.write(line);
                    in.write('\n');
                    in.flush();
                }
            }
        } catch (IOException | InterruptedException e) {
            // The host ended (or was stopped) while a command was on its way: there is nobody left to tell.
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /**
     * Ends the host and all its descendants within about a second; returns how many are still alive (0 unless
     * the OS refused). Safe to call from any thread, more than once.
     */
    public int stop() {
        if (!stopped.compareAndSet(false, true)) {
            return survivors;
        }
        try {
            List<ProcessHandle> left = ProcessTree.destroy(process.toHandle(), STOP_GRACE, STOP_LIMIT);
            // Workers already re-parented (their host died first) are not below the root any more.
            for (ProcessHandle p : seenDescendants) {
                if (ProcessTree.alive(p)) {
                    p.destroyForcibly();
                    if (!left.contains(p)) {
                        left.add(p);
                    }
                }
            }
            left.removeIf(p -> !ProcessTree.alive(p));
            survivors = left.size();
            return survivors;
        } finally {
            stopDone.countDown();
        }
    }

    public boolean wasStopped() {
        return stopped.get();
    }

    /** Waits until the host exited and its {@link HostMessage.Exited} was delivered. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return exited.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void startReaders() {
        Thread out = new Thread(() -> read(process.getInputStream(), this::onStdoutLine), "run-host-stdout-" + pid());
        Thread err = new Thread(() -> read(process.getErrorStream(), this::onStderrLine), "run-host-stderr-" + pid());
        Thread waiter = new Thread(this::awaitEnd, "run-host-exit-" + pid());
        List<Thread> threads = new ArrayList<>(List.of(out, err, waiter));
        if (commands != null) {
            threads.add(new Thread(this::writeCommands, "run-host-stdin-" + pid()));
        }
        for (Thread t : threads) {
            t.setDaemon(true);
            t.start();
        }
    }

    private void read(InputStream stream, Consumer<String> lineHandler) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineHandler.accept(line);
            }
        } catch (IOException e) {
            // The stream closes when the host is killed: nothing was lost that could still be read.
            if (!stopped.get()) {
                listener.accept(new HostMessage.Warning("run host output: " + e.getMessage()));
            }
        } finally {
            streamsDone.countDown();
        }
    }

    private void onStdoutLine(String line) {
        listener.accept(HostLineCodec.read(line));
    }

    private void onStderrLine(String line) {
        if (!line.isBlank()) {
            listener.accept(new HostMessage.Warning(line));
        }
    }

    private void awaitEnd() {
        int code;
        try {
            // Remember the host's workers while it lives: once it is gone they cannot be found under it.
            int polls = 0;
            while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
                if (watchDescendants || ++polls % IDLE_SCAN_EVERY == 0) {
                    process.descendants().forEach(seenDescendants::add);
                }
            }
            code = process.exitValue();
            if (stopped.get()) {
                stopDone.await(3, TimeUnit.SECONDS);
            } else {
                endLeftovers();
            }
            // Readers finish soon after exit; a killed host's grandchildren may hold the pipes a little longer.
            streamsDone.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = -1;
        }
        listener.accept(new HostMessage.Exited(code, stopped.get(), survivors));
        exited.countDown();
    }

    /** A host that ended by itself must not leave a worker behind; if it did, end it and say so. */
    private void endLeftovers() {
        for (ProcessHandle p : seenDescendants) {
            if (ProcessTree.alive(p)) {
                p.destroyForcibly();
                listener.accept(new HostMessage.Warning("worker process " + p.pid()
                        + " outlived its run host and was ended"));
            }
        }
    }
}
