package org.proclab.host;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.proclab.host.wire.HostMessage;

/**
 * The life of one run host at a time, for whoever drives runs (a single run, a stepped run, repeated runs):
 * it starts the JVM off the caller's thread (a fork and an exec must never run on the FX thread), sends the
 * first lines of a stepped run, stops it on a non-daemon thread (so closing the app waits for the workers to
 * end), and remembers a stop asked for before the JVM existed. Every message goes to one listener, on the
 * host's threads: the listener must only enqueue. A host that cannot start still ends with Exited(-1).
 */
public final class HostSession {
    /** How a command line becomes a running host; {@link RunHost#start} unless a test substitutes. */
    @FunctionalInterface
    public interface Starter {
        RunHost start(List<String> command, Consumer<HostMessage> listener, boolean interactive) throws IOException;
    }

    private final String name;
    private final Consumer<HostMessage> listener;
    private final Starter starter;
    /** Where a host started ahead waits for this session's next run; null: every host starts cold. */
    private final ReadyHosts ready;
    private RunHost host;
    private boolean stopRequested;
    private boolean running;

    /**
     * A session on real run hosts, one of which is kept started and waiting for the next run (unless the
     * system property {@code proclab.host.ready} is {@code false}, as in the tests).
     *
     * @param name prefix of its threads' names, e.g. "run-host"
     */
    public HostSession(String name, Consumer<HostMessage> listener) {
        this(name, listener, RunHost::start, ReadyHosts.shared());
    }

    public HostSession(String name, Consumer<HostMessage> listener, Starter starter) {
        this(name, listener, starter, null);
    }

    HostSession(String name, Consumer<HostMessage> listener, Starter starter, ReadyHosts ready) {
        this.name = name;
        this.listener = listener;
        this.starter = starter;
        this.ready = ready;
        if (ready != null) {
            ready.prepare();
        }
    }

    /**
     * Starts {@code command} unless a host of this session still runs; returns whether it started. With
     * {@code interactive} the host's stdin stays open and {@code firstLines} are sent to it at once.
     */
    public synchronized boolean start(List<String> command, boolean interactive, List<String> firstLines) {
        if (running) {
            return false;
        }
        running = true;
        stopRequested = false;
        host = null;
        List<String> cmd = List.copyOf(command);
        List<String> lines = List.copyOf(firstLines);
        Thread t = new Thread(() -> spawn(cmd, interactive, lines), name + "-start");
        t.setDaemon(true);
        t.start();
        return true;
    }

    private void spawn(List<String> command, boolean interactive, List<String> firstLines) {
        RunHost started = ready == null ? null : ready.take(command, this::deliver, interactive, firstLines);
        if (started == null) {
            try {
                started = starter.start(command, this::deliver, interactive);
            } catch (IOException | RuntimeException e) {
                listener.accept(new HostMessage.Warning("could not start the run host: " + e.getMessage()));
                deliver(new HostMessage.Exited(-1, false, 0));
                return;
            }
            firstLines.forEach(started::send);
        }
        synchronized (this) {
            host = started;
            if (stopRequested) {
                stopAsync(started);
            }
        }
    }

    private void deliver(HostMessage message) {
        if (message instanceof HostMessage.Exited) {
            synchronized (this) {
                host = null;
                running = false;
            }
            if (ready != null) {
                // The next run's host starts now that this run no longer needs the cores.
                ready.prepare();
            }
        }
        listener.accept(message);
    }

    /** Sends one line to the running host's stdin; false when no interactive host runs. */
    public boolean send(String line) {
        RunHost h;
        synchronized (this) {
            h = host;
        }
        if (h == null || !h.isAlive()) {
            return false;
        }
        h.send(line);
        return true;
    }

    /** Ends the host and all its workers without waiting; a host still starting is ended once it is up. */
    public synchronized void stop() {
        if (!running || stopRequested) {
            return;
        }
        stopRequested = true;
        if (host != null) {
            stopAsync(host);
        }
    }

    /** Whether a host was started and has not yet been reported as exited. */
    public synchronized boolean running() {
        return running;
    }

    /** The pid of the running host, or -1. */
    public synchronized long pid() {
        return host == null ? -1 : host.pid();
    }

    private void stopAsync(RunHost h) {
        Thread stopper = new Thread(h::stop, name + "-stop");
        stopper.setDaemon(false);
        stopper.start();
    }
}
