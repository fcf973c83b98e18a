package org.proclab.runtime.worker;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.proclab.runtime.shm.LockWord;
import org.proclab.runtime.shm.SharedAccess;
import org.proclab.runtime.shm.SharedCells;
import org.proclab.runtime.shm.TypeCode;

/**
 * Runs the shared-memory paths in a standby worker until the JIT has compiled them, on scratch memory of
 * its own. Otherwise the first hundred thousand operations of a job run interpreted (about 2 µs each
 * instead of 20 ns) and a short race measures the JIT, not the race.
 */
final class JitWarmUp {
    private static final int ROUNDS = 60_000;

    private JitWarmUp() {
    }

    private static volatile boolean stopped;
    private static Thread thread;

    /** Starts warming on a low-priority daemon thread. */
    static void startInBackground() {
        thread = new Thread(JitWarmUp::run, "proclab-jit-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Stops warming before the job's context is installed, so no warm-up operation is ever reported as the
     * job's. Waits for the current round to end (microseconds).
     */
    static void stop() {
        stopped = true;
        try {
            thread.join();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run() {
        ByteBuffer scratch = ByteBuffer.allocateDirect(64).order(ByteOrder.nativeOrder());
        SharedCells ints = new SharedCells(scratch, TypeCode.of('i'), 0, 1);
        SharedCells doubles = new SharedCells(scratch, TypeCode.of('d'), 8, 1);
        LockWord lock = new LockWord(scratch, 16);
        for (int i = 0; i < ROUNDS && !stopped; i++) {
            SharedAccess.acquire(lock, "warm-up", -1);
            int seen = SharedAccess.read(ints, "warm-up", -1).intValue();
            SharedAccess.write(ints, "warm-up", -1, seen + 1);
            SharedAccess.release(lock, "warm-up");
            SharedAccess.add(ints, "warm-up", -1, 1);
            SharedAccess.add(doubles, "warm-up", -1, 1.0);
        }
    }
}
