package org.proclab.python;

import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One chapter's Python script running under real CPython with ProcLab's tracer:
 * {@code python3 -m proclab_trace SCRIPT --name=value...}, its events arriving over a loopback
 * {@link TraceServer}, its stdout and stderr drained on their own threads. {@link #stop()} kills the whole
 * process tree; when the run ends for any reason, no Python process of it is left.
 */
public final class PythonRun {
    private final CompletableFuture<PythonOutcome> outcome = new CompletableFuture<>();
    private final PythonRunListener listener;
    private final PythonRecord record = new PythonRecord();
    private final ExitOrder exits = new ExitOrder();
    private volatile Process process;
    private volatile TraceServer server;
    private volatile PythonError error;
    private volatile boolean stopped;

    private PythonRun(PythonRunListener listener) {
        this.listener = listener;
    }

    /** Starts the run; it never throws for a missing Python or script, it ends at once with that status. */
    public static PythonRun start(PythonRequest request, PythonRunListener listener) {
        PythonRun run = new PythonRun(listener);
        new PythonLaunch(request, run).begin();
        return run;
    }

    /** The main Python process's pid, or -1 before it started or when it never did. */
    public long pid() {
        Process p = process;
        return p == null ? -1 : p.pid();
    }

    public boolean isRunning() {
        return !outcome.isDone();
    }

    /** Kills every Python process of the run; the outcome then says STOPPED. */
    public void stop() {
        stopped = true;
        Process p = process;
        TraceServer s = server;
        if (p != null) {
            ProcessTreeKill.kill(p.toHandle(), s == null ? List.of() : s.processes());
        }
    }

    public PythonOutcome await() throws InterruptedException {
        try {
            return outcome.get();
        } catch (ExecutionException ex) {
            throw new IllegalStateException(ex.getCause());
        }
    }

    /** The outcome if the run ends within the time, else empty (the run goes on). */
    public Optional<PythonOutcome> await(long millis) throws InterruptedException {
        try {
            return Optional.of(outcome.get(millis, TimeUnit.MILLISECONDS));
        } catch (TimeoutException ex) {
            return Optional.empty();
        } catch (ExecutionException ex) {
            throw new IllegalStateException(ex.getCause());
        }
    }

    void attach(Process started, TraceServer traceServer) {
        this.process = started;
        this.server = traceServer;
        if (stopped) {
            stop();
        }
    }

    void trace(TraceLine line) {
        if (line.error() != null) {
            error = line.error();
            return;
        }
        if (!exits.hold(line.event())) {
            deliver(line.event(), line.cpu());
        }
    }

    void connectionOpened(long pid) {
        exits.opened(pid);
    }

    void connectionClosed(long pid) {
        exits.closed(pid).forEach(exit -> deliver(exit, -1));
    }

    void deliver(Event event, int cpu) {
        record.accept(event);
        listener.event(event, cpu);
    }

    /** Forwards one pipe of the main process; these are lines the tracer did not carry (e.g. before it loaded). */
    Thread drain(InputStream stream, String subject) {
        Thread drain = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    deliver(new Event(EventType.OUTPUT, System.nanoTime(), "main", pid(), subject, -1, null, null,
                            line), -1);
                }
            } catch (IOException ignored) {
                // the pipe closes when the process ends
            }
        }, "python-" + subject);
        drain.setDaemon(true);
        drain.start();
        return drain;
    }

    /** After the main process ended: let the trace connections finish, then make sure nothing is left. */
    void finish(Map<String, String> params, String python, long startNanos, List<Thread> drains, Path script,
                AutoCloseable files) {
        Process p = process;
        TraceServer s = server;
        Integer exitCode = null;
        try {
            exitCode = pythonCode(p.waitFor());
            for (Thread drain : drains) {
                drain.join(2000);
            }
            s.awaitAllClosed(stopped ? 200 : 3000);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } finally {
            ProcessTreeKill.kill(p.toHandle(), s.processes());
            s.close();
            exits.releaseAll().forEach(exit -> deliver(exit, -1));
            closeQuietly(files);   // before the outcome is out: a caller may exit the JVM right after it
        }
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        PythonOutcome.Status status = stopped ? PythonOutcome.Status.STOPPED
                : exitCode != null && exitCode == 0 ? PythonOutcome.Status.OK : PythonOutcome.Status.FAILED;
        String reason = status == PythonOutcome.Status.OK ? null : stopped ? "stopped"
                : error != null ? error.summary() + " in " + script.getFileName()
                : "python exited with code " + exitCode;
        complete(new PythonOutcome(status, reason, error, exitCode, params, record.workers(), record.reports(),
                millis, python));
    }

    void complete(PythonOutcome result) {
        try {
            listener.finished(result);
        } finally {
            outcome.complete(result);
        }
    }

    private static void closeQuietly(AutoCloseable files) {
        try {
            files.close();
        } catch (Exception ignored) {
            // a temporary folder that cannot be removed is not worth failing the run for
        }
    }

    private static int pythonCode(int raw) {
        // The JVM reports a death by signal N as 128 + N; CPython says -N.
        return raw > 128 && raw < 160 ? -(raw - 128) : raw;
    }
}
