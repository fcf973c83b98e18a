package org.proclab.viz;

import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.proclab.viz.cores.CoreLoadSampler;
import org.proclab.viz.cores.LoadHistory;
import org.proclab.viz.lanes.ProcessCpuSampler;

/**
 * The one background thread that measures the machine: per-core load (OSHI) and the CPU time of the processes
 * on screen, twice a second while something runs ({@link #setFast}), every two seconds otherwise, so an idle
 * window does not redraw its chart more than it must. Views only read what it wrote. Close it to stop it.
 */
public final class Samplers implements AutoCloseable {
    public static final long PERIOD_MILLIS = 500;
    public static final long IDLE_PERIOD_MILLIS = 2_000;
    public static final long HISTORY_MILLIS = 60_000;

    /** Runs a task once after a delay; a test passes one that runs tasks when it says. */
    public interface Scheduler {
        Future<?> schedule(Runnable task, long delayMillis);
    }

    private final LoadHistory loadHistory = new LoadHistory(HISTORY_MILLIS);
    private final CoreLoadSampler cores = new CoreLoadSampler(loadHistory);
    private final ProcessCpuSampler processes = new ProcessCpuSampler();
    private final ScheduledExecutorService executor;
    private final Scheduler scheduler;
    private final Runnable sample;
    private volatile boolean fast;
    private boolean started;
    private boolean closed;
    /** Each scheduled sample carries its chain's number; a sample of a replaced chain does nothing. */
    private long chain;
    private Future<?> pending;

    public Samplers() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "proclab-sampler");
            t.setDaemon(true);
            return t;
        });
        scheduler = (task, delay) -> executor.schedule(task, delay, TimeUnit.MILLISECONDS);
        sample = this::sampleQuietly;
    }

    /** Samples with {@code sample} on {@code scheduler} (for tests: a fake clock, no thread). */
    public Samplers(Scheduler scheduler, Runnable sample) {
        this.executor = null;
        this.scheduler = scheduler;
        this.sample = sample;
    }

    public synchronized Samplers start() {
        if (!started && !closed) {
            started = true;
            scheduleNext(0);
        }
        return this;
    }

    /** True while a run, repetitions or a check are active: sample at the run rate, starting now. */
    public synchronized void setFast(boolean on) {
        if (fast == on) {
            return;
        }
        fast = on;
        if (on && started && !closed) {
            if (pending != null) {
                pending.cancel(false);
            }
            scheduleNext(0);
        }
    }

    /** The delay between two samples now. */
    public long period() {
        return fast ? PERIOD_MILLIS : IDLE_PERIOD_MILLIS;
    }

    private synchronized void scheduleNext(long delay) {
        long mine = ++chain;
        pending = scheduler.schedule(() -> tick(mine), delay);
    }

    private void tick(long mine) {
        synchronized (this) {
            if (mine != chain || closed) {
                return;
            }
        }
        sample.run();
        synchronized (this) {
            if (mine == chain && !closed) {
                scheduleNext(period());
            }
        }
    }

    private void sampleQuietly() {
        try {
            cores.sample();
            processes.sample();
        } catch (RuntimeException | LinkageError e) {
            // A failed sample (no /proc, OSHI missing a native) leaves a gap in the chart, not a dead thread.
        }
    }

    public LoadHistory loadHistory() {
        return loadHistory;
    }

    public ProcessCpuSampler processes() {
        return processes;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (pending != null) {
                pending.cancel(false);
            }
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
