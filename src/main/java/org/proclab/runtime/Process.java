package org.proclab.runtime;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.frames.RunFrame;
import org.proclab.runtime.spawn.WorkerConnection;
import org.proclab.runtime.spawn.WorkerLauncher;
import org.proclab.runtime.spawn.WorkerListener;
import org.proclab.runtime.step.StepMode;

/**
 * A target run in its own worker JVM, like Python's {@code multiprocessing.Process}.
 *
 * <pre>{@code
 * Process p = new Process(Example::job, 1, 2);
 * p.start();
 * p.join();
 * }</pre>
 *
 * The target and its arguments travel to the worker by serialization, so they must be serializable (a lambda
 * or method reference given as a {@code Target} is). {@link #exitCode()} has Python's meaning: {@code null}
 * while running, 0 after a normal return, 1 after an uncaught exception, -N after signal N.
 */
public final class Process {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Object[] job;
    private final CountDownLatch done = new CountDownLatch(1);
    private String name;
    private volatile WorkerConnection worker;
    private volatile Integer exitCode;
    private volatile String exitReason;

    public Process(Target0 target) {
        this(new Object[] {target});
    }

    public <A> Process(Target1<A> target, A a) {
        this(new Object[] {target, a});
    }

    public <A, B> Process(Target2<A, B> target, A a, B b) {
        this(new Object[] {target, a, b});
    }

    public <A, B, C> Process(Target3<A, B, C> target, A a, B b, C c) {
        this(new Object[] {target, a, b, c});
    }

    private Process(Object[] job) {
        if (job[0] == null) {
            throw new IllegalArgumentException("a Process needs a target to run");
        }
        this.job = job;
        this.name = "worker-" + COUNTER.incrementAndGet();
    }

    /** Sets the name shown in lanes and output (default "worker-N"). Only before {@link #start()}. */
    public Process name(String newName) {
        if (worker != null) {
            throw new IllegalStateException("name a process before start()");
        }
        this.name = newName;
        return this;
    }

    public String name() {
        return name;
    }

    /** Starts the target in a worker JVM and returns at once. A process can be started only once. */
    public synchronized void start() {
        if (worker != null) {
            throw new IllegalStateException("process " + name + " was already started; create a new Process");
        }
        byte[] blob;
        try {
            blob = ItemCodec.serialize(job);
        } catch (IOException ex) {
            throw new IllegalArgumentException("the target or an argument of " + name
                    + " cannot be sent to another process: " + ex.getMessage()
                    + " (targets must be Target lambdas or Serializable; arguments numbers, strings, Queue, Value, "
                    + "Array, Lock or Serializable objects)", ex);
        }
        ProcessContext ctx = ProcessContext.current();
        WorkerConnection w = WorkerLauncher.acquire();
        w.assign(name, new WorkerListener() {
            @Override
            public void exited(int code, String reason) {
                exitReason = reason;
                exitCode = code;
                done.countDown();
            }
        });
        worker = w;
        emitSpawned(w);
        boolean step = StepMode.on();
        w.send(RunFrame.TYPE, new RunFrame(name, ctx.tracing(), step, step ? StepMode.sourceClass() : null, blob)
                .encode());
    }

    /** Waits until the worker has exited. */
    public void join() {
        requireStarted("join");
        try {
            done.await();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while joining " + name, ex);
        }
    }

    /** Waits at most {@code timeout}; true if the worker has exited (Python returns None either way). */
    public boolean join(Duration timeout) {
        requireStarted("join");
        try {
            return done.await(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean isAlive() {
        return worker != null && done.getCount() > 0;
    }

    /** The worker's OS pid, or -1 before start. */
    public long pid() {
        WorkerConnection w = worker;
        return w == null ? -1 : w.pid();
    }

    /** null while running (Python's None); 0 ok; 1 after an uncaught exception; -N after signal N. */
    public Integer exitCode() {
        return exitCode;
    }

    /** Why the worker ended, in words ("finished", "uncaught java.lang.ArithmeticException: / by zero", ...). */
    public String exitReason() {
        return exitReason;
    }

    /** Sends SIGTERM; the exit code becomes -15. */
    public void terminate() {
        WorkerConnection w = worker;
        if (w != null) {
            w.terminate();
        }
    }

    /** Sends SIGKILL; the exit code becomes -9. */
    public void kill() {
        WorkerConnection w = worker;
        if (w != null) {
            w.kill();
        }
    }

    @Override
    public String toString() {
        String state = worker == null ? "initial" : exitCode == null ? "started" : "stopped exitcode=" + exitCode;
        return "<Process " + name + " pid=" + pid() + " " + state + ">";
    }

    private void emitSpawned(WorkerConnection w) {
        ProcessContext ctx = ProcessContext.current();
        if (ctx.tracing()) {
            ctx.emit(new Event(EventType.PROCESS_SPAWNED, System.nanoTime(), name, w.pid(),
                    null, -1, null, null, "started by " + ctx.name()));
        }
    }

    private void requireStarted(String what) {
        if (worker == null) {
            throw new IllegalStateException("cannot " + what + " process " + name + " before start()");
        }
    }
}
