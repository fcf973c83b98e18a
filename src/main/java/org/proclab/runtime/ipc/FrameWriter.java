package org.proclab.runtime.ipc;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Writes length-prefixed frames to a pipe, batching under load without adding latency when idle.
 *
 * <p>A frame sent after a quiet spell is written and flushed by the sending thread itself: one syscall,
 * no thread hand-off, which is what a request/reply round trip needs. Frames sent in quick succession are
 * appended to a buffer that a flusher thread writes in large batches, which is what a producer loop needs.
 * A sender blocks only when the buffer holds more than {@link #MAX_PENDING} bytes (back-pressure).
 *
 * <p>Two more ways to send, for a pool's tasks: {@link #sendAll} writes several frames with one syscall, and
 * {@link #sendDeferred} leaves a frame in the buffer for the sender's next {@link #flush()}, or for the
 * flusher after at most {@link #DEFERRED_NANOS}, whichever comes first. On a two-core machine a write wakes
 * the reader on the other side and often a thread here too; a worker that answers 64 queued tasks with one
 * write instead of 64 spends its time on the tasks.
 */
public final class FrameWriter implements AutoCloseable {
    private static final long SPARSE_NANOS = 50_000;
    private static final int MAX_PENDING = 4 << 20;
    /**
     * How long a deferred frame may wait for its sender's flush: short enough that a result held back this
     * way never looks late, long enough to gather the results of a run of small tasks.
     */
    static final long DEFERRED_NANOS = 500_000;

    private final OutputStream out;
    private final Object lock = new Object();
    private final Thread flusher;
    private byte[] buf = new byte[1 << 16];
    private byte[] spare = new byte[1 << 16];
    private int len;
    private boolean writing;
    private boolean closed;
    private boolean flushRequested;
    /** When the oldest deferred frame in the buffer was added; 0 when none is waiting. */
    private long deferredSince;
    private long lastSendNanos;
    private IOException failure;

    public FrameWriter(OutputStream out, String threadName) {
        this.out = out;
        // An anonymous class, not this::flushLoop: a worker's first lambda would set up the method-handle
        // machinery, about 3 ms of its start, and a plain job needs it nowhere else.
        this.flusher = new Thread(new Runnable() {
            @Override
            public void run() {
                flushLoop();
            }
        }, threadName);
        flusher.setDaemon(true);
        flusher.start();
    }

    public void send(byte type, PayloadWriter payload) throws IOException {
        send(type, payload.buffer(), 0, payload.length());
    }

    public void send(byte type, byte[] payload) throws IOException {
        send(type, payload, 0, payload.length);
    }

    public void send(byte type, byte[] payload, int offset, int length) throws IOException {
        synchronized (lock) {
            awaitRoom();
            append(type, payload, offset, length);
            long now = System.nanoTime();
            boolean sparse = now - lastSendNanos > SPARSE_NANOS;
            lastSendNanos = now;
            if (writing) {
                return;
            }
            if (!sparse) {
                if (!flushRequested) {
                    flushRequested = true;
                    LockSupport.unpark(flusher);
                }
                return;
            }
            writing = true;
        }
        drain();
    }

    /**
     * A frame written now on this thread, with whatever waits in the buffer before it, however recently the
     * last one went: the last answer of a run, which its reader is waiting for.
     */
    public void sendNow(byte type, PayloadWriter payload) throws IOException {
        sendAll(type, List.of(payload));
    }

    /** Several frames of one type, written together: one syscall for all of them when the pipe is free. */
    public void sendAll(byte type, List<PayloadWriter> payloads) throws IOException {
        synchronized (lock) {
            awaitRoom();
            for (PayloadWriter payload : payloads) {
                append(type, payload.buffer(), 0, payload.length());
            }
            lastSendNanos = System.nanoTime();
            if (writing) {
                return;
            }
            writing = true;
        }
        drain();
    }

    /**
     * A frame that may wait: it goes out with the next {@link #flush()} or any later write, and at the latest
     * {@link #DEFERRED_NANOS} from now, written by the flusher thread.
     */
    public void sendDeferred(byte type, PayloadWriter payload) throws IOException {
        synchronized (lock) {
            awaitRoom();
            append(type, payload.buffer(), 0, payload.length());
            lastSendNanos = System.nanoTime();
            if (deferredSince == 0 && !writing) {
                deferredSince = lastSendNanos;
                LockSupport.unpark(flusher);
            }
        }
    }

    /** Call under the lock: blocks while the buffer is over its bound; throws if the pipe is unusable. */
    private void awaitRoom() throws IOException {
        while (len > MAX_PENDING && failure == null && !closed) {
            waitQuietly();
        }
        if (failure != null) {
            throw failure;
        }
        if (closed) {
            throw new IOException("pipe closed");
        }
    }

    /** Waits until everything sent so far has been handed to the pipe. */
    public void flush() throws IOException {
        synchronized (lock) {
            while (writing && failure == null) {
                waitQuietly();
            }
            if (failure != null) {
                throw failure;
            }
            if (len == 0) {
                return;
            }
            writing = true;
        }
        drain();
        synchronized (lock) {
            if (failure != null) {
                throw failure;
            }
        }
    }

    @Override
    public void close() {
        try {
            flush();
        } catch (IOException ignored) {
            // the other side is gone; nothing left to tell it
        }
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            out.close();
        } catch (IOException ignored) {
            // closing a pipe whose reader died
        }
        LockSupport.unpark(flusher);
    }

    private void append(byte type, byte[] payload, int offset, int length) {
        int need = len + 5 + length;
        if (need > buf.length) {
            byte[] bigger = new byte[Math.max(need, buf.length * 2)];
            System.arraycopy(buf, 0, bigger, 0, len);
            buf = bigger;
        }
        int frameLength = length + 1;
        buf[len] = (byte) (frameLength >>> 24);
        buf[len + 1] = (byte) (frameLength >>> 16);
        buf[len + 2] = (byte) (frameLength >>> 8);
        buf[len + 3] = (byte) frameLength;
        buf[len + 4] = type;
        System.arraycopy(payload, offset, buf, len + 5, length);
        len = need;
    }

    /** Only one thread drains at a time (the one that set {@code writing}). */
    private void drain() {
        while (true) {
            byte[] chunk;
            int n;
            synchronized (lock) {
                if (len == 0 || failure != null) {
                    writing = false;
                    lock.notifyAll();
                    return;
                }
                chunk = buf;
                n = len;
                deferredSince = 0;
                buf = spare != null && spare.length >= 1 << 16 ? spare : new byte[1 << 16];
                spare = null;
                len = 0;
                lock.notifyAll();
            }
            try {
                out.write(chunk, 0, n);
                out.flush();
            } catch (IOException ex) {
                synchronized (lock) {
                    failure = ex;
                    writing = false;
                    lock.notifyAll();
                }
                return;
            }
            synchronized (lock) {
                spare = chunk.length <= 1 << 20 ? chunk : null;
            }
        }
    }

    private void flushLoop() {
        long sleepNanos = 0;
        while (true) {
            if (sleepNanos > 0) {
                LockSupport.parkNanos(this, sleepNanos);
            } else {
                LockSupport.park(this);
            }
            sleepNanos = 0;
            synchronized (lock) {
                if (closed) {
                    return;
                }
                if (!flushRequested && deferredSince != 0) {
                    long due = deferredSince + DEFERRED_NANOS - System.nanoTime();
                    if (due > 0) {
                        // Deferred frames wait for their sender's flush until they are due, not longer.
                        sleepNanos = due;
                        continue;
                    }
                } else if (!flushRequested) {
                    continue;
                }
                flushRequested = false;
                if (writing || len == 0) {
                    continue;
                }
                writing = true;
            }
            drain();
        }
    }

    private void waitQuietly() {
        try {
            lock.wait(100);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
