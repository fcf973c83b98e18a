package org.proclab.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * Lines for a stream that someone else reads (the app reads a run host's stdout), written by a thread of
 * their own. A worker's events reach this JVM on the thread that reads its pipe: had that thread written
 * each line itself, a reader that falls behind (the window, on a busy machine) would have stopped it, then the
 * worker's pipe would have filled and the worker itself would have waited: the window slowed the run it
 * shows. Now the run goes at its own pace and its lines wait here, up to {@value #CAPACITY} of them (then the
 * producer does wait: a flood must not fill the memory). Each line is made on this thread too, so its
 * encoding costs the producer nothing, and a batch is flushed once.
 */
final class LineSender {
    static final int CAPACITY = 100_000;

    private final PrintStream out;
    private final BlockingQueue<Supplier<String>> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Object drained = new Object();
    private long added;
    private long written;

    /** How long a JVM that is exiting (a learner's System.exit, a Stop) waits for the lines still queued. */
    static final long EXIT_DRAIN_MILLIS = 2_000;

    LineSender(PrintStream out, String threadName) {
        this.out = out;
        Thread thread = new Thread(this::writeLoop, threadName);
        thread.setDaemon(true);
        thread.start();
        // Lines written by the run's own thread went out before an exit; queued ones must too.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drain(EXIT_DRAIN_MILLIS), threadName + "-at-exit"));
    }

    /** Queues a line, made later on the writer thread; waits only while the queue is full. */
    void send(Supplier<String> line) {
        synchronized (drained) {
            added++;
        }
        try {
            queue.put(line);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            synchronized (drained) {
                added--;
            }
        }
    }

    /** Waits until every line sent so far is written and flushed. */
    void drain() {
        drain(0);
    }

    /** As {@link #drain()}, giving up after {@code limitMillis} (0: no limit). */
    void drain(long limitMillis) {
        long deadline = System.nanoTime() + limitMillis * 1_000_000L;
        synchronized (drained) {
            while (written < added) {
                long left = limitMillis == 0 ? 0 : (deadline - System.nanoTime()) / 1_000_000L;
                if (limitMillis != 0 && left <= 0) {
                    return;
                }
                try {
                    drained.wait(left);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void writeLoop() {
        List<Supplier<String>> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException ex) {
                return;
            }
            queue.drainTo(batch);
            for (Supplier<String> line : batch) {
                String text;
                try {
                    text = line.get();
                } catch (RuntimeException ex) {
                    text = null;
                }
                if (text != null) {
                    out.println(text);
                }
            }
            out.flush();
            synchronized (drained) {
                written += batch.size();
                drained.notifyAll();
            }
            batch.clear();
        }
    }
}
