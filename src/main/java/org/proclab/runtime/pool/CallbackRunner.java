package org.proclab.runtime.pool;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that runs a pool's callbacks, in the order results arrive, as CPython's result-handler
 * thread does: never the thread that reads a worker's pipe, so a slow callback cannot stall the results.
 * Started on the first callback, so a pool without callbacks costs no thread.
 */
public final class CallbackRunner implements Executor {
    private static final long DRAIN_SECONDS = 60;

    private final String poolName;
    private ExecutorService thread;

    public CallbackRunner(String poolName) {
        this.poolName = poolName;
    }

    @Override
    public void execute(Runnable callback) {
        try {
            executor().execute(callback);
        } catch (RejectedExecutionException drained) {
            // After close or terminate (a task failed by terminate()): run it here rather than lose it.
            callback.run();
        }
    }

    /** A callback that raised: told on stderr, as CPython prints it, and the result is still delivered. */
    public void report(Throwable raised) {
        System.err.println("[" + poolName + "] a callback raised " + raised);
    }

    private synchronized ExecutorService executor() {
        if (thread == null) {
            ThreadPoolExecutor one = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    r -> {
                        Thread t = new Thread(r, "proclab-" + poolName + "-callbacks");
                        t.setDaemon(true);
                        return t;
                    });
            thread = one;
        }
        return thread;
    }

    /** Runs the callbacks already due, then stops the thread. */
    public void drain() {
        ExecutorService running;
        synchronized (this) {
            running = thread;
        }
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            running.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
