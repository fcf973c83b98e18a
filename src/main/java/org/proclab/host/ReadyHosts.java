package org.proclab.host;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.proclab.host.wire.HostMessage;

/**
 * One run host JVM started ahead and kept waiting for its command (see {@link HostCommand#ready()}), so a
 * run never waits for a cold JVM. Until a run takes it, what it says is dropped; if it dies meanwhile it is
 * simply forgotten. It ends with the app: a shutdown hook stops it, and it watches its parent, so even an app
 * killed with SIGKILL leaves it for at most a fraction of a second.
 */
final class ReadyHosts {
    /** {@code false} (the tests' setting) starts every run host cold. */
    static final String PROPERTY = "proclab.host.ready";

    private static ReadyHosts shared;

    private final String name;
    private RunHost waiting;
    private Gate gate;
    private boolean closed;

    ReadyHosts(String name) {
        this.name = name;
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, name + "-ready-stop"));
    }

    /** The app's one ready host, shared by every session; null when switched off by {@value #PROPERTY}. */
    static synchronized ReadyHosts shared() {
        if ("false".equals(System.getProperty(PROPERTY))) {
            return null;
        }
        if (shared == null) {
            shared = new ReadyHosts("run-host");
        }
        return shared;
    }

    /** Starts a waiting host off the caller's thread, unless one is waiting already. */
    synchronized void prepare() {
        if (closed || waiting != null) {
            return;
        }
        Gate g = new Gate();
        gate = g;
        Thread t = new Thread(() -> start(g), name + "-ready-start");
        t.setDaemon(true);
        t.start();
    }

    private void start(Gate g) {
        RunHost host;
        try {
            host = RunHost.start(HostCommand.ready(), g, true, true);
        } catch (IOException | RuntimeException e) {
            return;
        }
        synchronized (this) {
            if (gate == g && !closed && !g.dead) {
                waiting = host;
                return;
            }
        }
        host.stop();
    }

    /**
     * The waiting host, now running {@code command} and talking to {@code listener}; null if none is waiting
     * or the command is not one a ready host can run.
     */
    RunHost take(List<String> command, Consumer<HostMessage> listener, boolean interactive, List<String> firstLines) {
        String line = HostCommand.readyLine(command);
        RunHost host;
        Gate g;
        synchronized (this) {
            host = waiting;
            g = gate;
            if (line == null || host == null || !host.isAlive() || g.dead) {
                return null;
            }
            waiting = null;
            gate = null;
        }
        g.open(listener, host.pid());
        host.send(line);
        firstLines.forEach(host::send);
        if (!interactive) {
            host.closeInput();
        }
        return host;
    }

    /** The pid of the host waiting now, or -1. */
    synchronized long waitingPid() {
        return waiting == null || !waiting.isAlive() ? -1 : waiting.pid();
    }

    /** Ends the waiting host, if any; none is started after this. */
    void close() {
        RunHost host;
        synchronized (this) {
            closed = true;
            host = waiting;
            waiting = null;
        }
        if (host != null) {
            host.stop();
        }
    }

    /** Holds a waiting host's messages back until a run takes it; notes its death while it waits. */
    private static final class Gate implements Consumer<HostMessage> {
        private Consumer<HostMessage> target;
        private volatile boolean dead;

        synchronized void open(Consumer<HostMessage> listener, long pid) {
            target = listener;
            listener.accept(new HostMessage.Started(pid));
        }

        @Override
        public void accept(HostMessage message) {
            Consumer<HostMessage> t;
            synchronized (this) {
                t = target;
                if (t == null && message instanceof HostMessage.Exited) {
                    dead = true;
                }
            }
            if (t != null) {
                t.accept(message);
            }
        }
    }
}
