package org.proclab.python;

import com.fasterxml.jackson.databind.JsonNode;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The loopback end of the tracer's channel: every traced Python process connects once, says hello with the
 * run's token and its pid, then writes one JSON line per event. Each connection has its own reader thread,
 * so lines of one process stay in order; lines of different processes meet only in the sink.
 */
final class TraceServer implements AutoCloseable {
    private final ServerSocket server;
    private final String token;
    private final Consumer<TraceLine> sink;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Map<Long, ProcessHandle> processes = new ConcurrentHashMap<>();
    private final List<Thread> readers = new ArrayList<>();
    private final Object quiet = new Object();
    private volatile boolean closing;
    private final LongConsumer opened;
    private final LongConsumer closed;

    TraceServer(Consumer<TraceLine> sink) throws IOException {
        this(sink, pid -> { }, pid -> { });
    }

    /** @param opened told the pid of each accepted connection; @param closed told when it ended */
    TraceServer(Consumer<TraceLine> sink, LongConsumer opened, LongConsumer closed) throws IOException {
        this.sink = sink;
        this.opened = opened;
        this.closed = closed;
        this.server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        this.token = HexFormat.of().formatHex(secret);
        Thread acceptor = new Thread(this::acceptAll, "python-trace-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    String token() {
        return token;
    }

    /** Every Python process that has connected, as handles that cannot hit a later process with a reused pid. */
    List<ProcessHandle> processes() {
        return new ArrayList<>(processes.values());
    }

    /** Waits until every connection made so far has ended, or the time is up; true if they all ended. */
    boolean awaitAllClosed(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        synchronized (quiet) {
            while (!open.isEmpty()) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                quiet.wait(left);
            }
        }
        return true;
    }

    private void acceptAll() {
        while (!closing) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                Thread reader = new Thread(() -> read(socket), "python-trace-" + socket.getPort());
                reader.setDaemon(true);
                synchronized (readers) {
                    readers.add(reader);
                }
                reader.start();
            } catch (IOException ex) {
                return;   // the server socket was closed
            }
        }
    }

    private void read(Socket socket) {
        long pid = -1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            JsonNode hello = TraceLineDecoder.parse(String.valueOf(in.readLine()));
            pid = hello.path("pid").asLong(-1);
            if (!token.equals(hello.path("hello").asText(null))) {
                warn(pid, "a connection without this run's token was refused");
                return;
            }
            ProcessHandle.of(pid).ifPresent(handle -> processes.put(handle.pid(), handle));
            opened.accept(pid);
            String line;
            while ((line = in.readLine()) != null) {
                try {
                    sink.accept(TraceLineDecoder.decode(line));
                } catch (IllegalArgumentException bad) {
                    warn(pid, "sent a line ProcLab cannot read: " + bad.getMessage());
                }
            }
        } catch (IOException | IllegalArgumentException ex) {
            if (!closing) {
                warn(pid, "trace connection failed: " + ex.getMessage());
            }
        } finally {
            if (pid > 0) {
                closed.accept(pid);
            }
            synchronized (quiet) {
                open.remove(socket);
                quiet.notifyAll();
            }
            closeQuietly(socket);
        }
    }

    private void warn(long pid, String text) {
        sink.accept(TraceLine.of(new Event(EventType.WARNING, System.nanoTime(), "python", pid, null, -1, null, null,
                "python pid " + pid + ": " + text), -1));
    }

    /** Closes the server and every connection; a traced process whose connection ends stops itself. */
    @Override
    public void close() {
        closing = true;
        closeQuietly(server);
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        List<Thread> all;
        synchronized (readers) {
            all = new ArrayList<>(readers);
        }
        for (Thread reader : all) {
            try {
                reader.join(1000);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is best effort; the process tree is killed separately
        }
    }
}
