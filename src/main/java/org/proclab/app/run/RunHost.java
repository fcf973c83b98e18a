package org.proclab.app.run;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.proclab.runtime.event.EventJson;

/**
 * One run of a chapter in a child JVM. Reads the child's stdout JSON lines and stderr on two daemon threads
 * and hands every line, parsed, to a listener; a line that is not an event becomes a {@link RunMessage.Warning}.
 * The listener is called on those threads, so it must only enqueue. No JavaFX here: testable alone.
 */
public final class RunHost {
    /** Grace for the host to clean up after SIGTERM before everything left is killed. */
    static final Duration STOP_GRACE = Duration.ofMillis(300);
    static final Duration STOP_LIMIT = Duration.ofMillis(1000);

    private final java.lang.Process process;
    private final Consumer<RunMessage> listener;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final CountDownLatch streamsDone = new CountDownLatch(2);
    private final CountDownLatch exited = new CountDownLatch(1);
    private final CountDownLatch stopDone = new CountDownLatch(1);
    private final Set<ProcessHandle> seenDescendants = ConcurrentHashMap.newKeySet();
    private volatile int survivors;
    /** Lines for the host's stdin (step commands), written by their own thread; null when stdin is closed. */
    private final LinkedBlockingQueue<String> commands;

    private RunHost(java.lang.Process process, Consumer<RunMessage> listener, boolean interactive) {
        this.process = process;
        this.listener = listener;
        this.commands = interactive ? new LinkedBlockingQueue<>() : null;
    }

    /** Starts {@code command} (see {@link RunCommand}) and begins reading it. */
    public static RunHost start(List<String> command, Consumer<RunMessage> listener) throws IOException {
        return start(command, listener, false);
    }

    /**
     * Starts {@code command}; when {@code interactive}, its stdin stays open for {@link #send(String)} (a
     * stepped run reads {@code step NAME} lines there), else it is closed at once.
     */
    public static RunHost start(List<String> command, Consumer<RunMessage> listener, boolean interactive)
            throws IOException {
        List<String> cmd = new ArrayList<>(command);
        // The run host must write UTF-8 whatever the machine's locale, or Chinese output turns into '?'.
        int java = javaIndex(cmd);
        cmd.add(java + 1, "-Dfile.encoding=UTF-8");
        cmd.add(java + 2, "-Dsun.stdout.encoding=UTF-8");
        cmd.add(java + 3, "-Dsun.stderr.encoding=UTF-8");
        ProcessBuilder builder = new ProcessBuilder(cmd);
        java.lang.Process process = builder.start();
        if (!interactive) {
            process.getOutputStream().close();
        }
        RunHost host = new RunHost(process, listener, interactive);
        listener.accept(new RunMessage.Started(process.pid()));
        host.startReaders();
        return host;
    }

    /** Queues one line for the host's stdin; never blocks. Ignored when the host was not started interactive. */
    public void send(String line) {
        if (commands != null && !stopped.get()) {
            commands.add(line);
        }
    }

    private void writeCommands() {
        try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            while (process.isAlive()) {
                String line = commands.poll(200, TimeUnit.MILLISECONDS);
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

    /** Where the java executable is in the command (after a "nice -n 5" prefix, if any). */
    private static int javaIndex(List<String> cmd) {
        for (int i = 0; i < cmd.size(); i++) {
            String name = java.nio.file.Path.of(cmd.get(i)).getFileName().toString();
            if (name.equals("java") || name.equals("java.exe")) {
                return i;
            }
        }
        return 0;
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
                if (p.isAlive()) {
                    p.destroyForcibly();
                    if (!left.contains(p)) {
                        left.add(p);
                    }
                }
            }
            left.removeIf(p -> !p.isAlive());
            survivors = left.size();
            return survivors;
        } finally {
            stopDone.countDown();
        }
    }

    public boolean wasStopped() {
        return stopped.get();
    }

    /** Waits until the host exited and its {@link RunMessage.Exited} was delivered. */
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
                listener.accept(new RunMessage.Warning("run host output: " + e.getMessage()));
            }
        } finally {
            streamsDone.countDown();
        }
    }

    private void onStdoutLine(String line) {
        listener.accept(parse(line));
    }

    private void onStderrLine(String line) {
        if (!line.isBlank()) {
            listener.accept(new RunMessage.Warning(line));
        }
    }

    /** Turns one stdout line into a message; never throws. */
    static RunMessage parse(String line) {
        if (line.isBlank()) {
            return new RunMessage.Warning("empty line from the run host");
        }
        try {
            JsonNode node = EventJson.mapper().readTree(line);
            if (node != null && node.isObject() && "result".equals(node.path("type").asText())) {
                return new RunMessage.Result(RunResult.fromJson(node));
            }
            if (node != null && node.isObject() && "repeat".equals(node.path("type").asText())) {
                return new RunMessage.Repeat(node.path("run").asInt(),
                        node.hasNonNull("final") ? node.get("final").asLong() : null,
                        node.hasNonNull("grade") ? node.get("grade").asText() : null,
                        node.hasNonNull("outcome") ? node.get("outcome").asText() : null);
            }
            return new RunMessage.EventLine(EventJson.fromJson(line));
        } catch (IOException | IllegalArgumentException e) {
            return new RunMessage.Warning("not an event: " + abbreviate(line));
        } catch (RuntimeException e) {
            return new RunMessage.Warning("unreadable line (" + e.getClass().getSimpleName() + "): "
                    + abbreviate(line));
        }
    }

    private void awaitEnd() {
        int code;
        try {
            // Remember the host's workers while it lives: once it is gone they cannot be found under it.
            while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(seenDescendants::add);
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
        listener.accept(new RunMessage.Exited(code, stopped.get(), survivors));
        exited.countDown();
    }

    /** A host that ended by itself must not leave a worker behind; if it did, end it and say so. */
    private void endLeftovers() {
        for (ProcessHandle p : seenDescendants) {
            if (p.isAlive()) {
                p.destroyForcibly();
                listener.accept(new RunMessage.Warning("worker process " + p.pid()
                        + " outlived its run host and was ended"));
            }
        }
    }

    private static String abbreviate(String line) {
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }
}
