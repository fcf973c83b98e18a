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

    LineSender(PrintStream out, String threadName) {
        this.out = out;
        Thread thread = new Thread(this::writeLoop, threadName);
        thread.setDaemon(true);
        thread.start();
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
        synchronized (drained) {
            while (written < added) {
                try {
                    drained.wait();
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
