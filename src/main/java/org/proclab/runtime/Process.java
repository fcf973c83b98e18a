package org.proclab.runtime;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;
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
 * while running, 0 after a normal return, 1 after an uncaught exception, N after {@code System.exit(N)}, -N
 * after signal N. As in Python, {@link #start()} returns as soon as the JVM is launched: errors that only the
 * child can see (it could not start, its target failed) arrive through {@link #join()} and the exit code.
 */
public final class Process {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final AtomicLong STARTS = new AtomicLong();
    /** Far below a pipe's buffer (64 KiB on Linux), so writing the job never waits for the JVM to read it. */
    private static final int PIPE_SAFE_JOB_BYTES = 8 * 1024;

    private final Object[] job;
    private final CompletableFuture<Process> ended = new CompletableFuture<>();
    private String name;
    private boolean daemon;
    private long startOrder;
    private volatile boolean closed;
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
        requireNotStarted("name");
        this.name = newName;
        return this;
    }

    public String name() {
        return name;
    }

    /**
     * Python's {@code daemon} flag. A daemon process is ended when its parent exits (ProcLab ends every child
     * then; Python waits for the others, see {@link ProcLabRuntime#joinChildren}) and may not start children.
     */
    public Process daemon(boolean isDaemon) {
        requireNotStarted("set daemon on");
        this.daemon = isDaemon;
        return this;
    }

    public boolean daemon() {
        return daemon;
    }

    /**
     * Launches the worker JVM and returns at once; the job waits in its pipe, or is handed over when the JVM
     * says hello if it is large. A process can be started only once.
     */
    public synchronized void start() {
        requireOpen();
        if (worker != null) {
            throw new IllegalStateException("process " + name + " was already started; create a new Process");
        }
        ProcessContext ctx = ProcessContext.current();
        if (ctx.daemon()) {
            throw new IllegalStateException("daemonic processes are not allowed to have children ("
                    + ctx.name() + " is a daemon)");
        }
        byte[] blob = encodedJob();
        boolean step = StepMode.on();
        RunFrame run = new RunFrame(name, ctx.tracing(), step, step ? StepMode.sourceClass() : null, daemon, blob);
        // A job that needs no object streams spares a new worker JVM from setting them up at all.
        WorkerConnection w = WorkerLauncher.launch(!JobCodec.isDirect(blob));
        w.assign(name, new WorkerListener() {
            @Override
            public void exited(int code, String reason) {
                exitReason = reason;
                exitCode = code;
                Children.remove(Process.this);
                ended.complete(Process.this);
            }
        });
        startOrder = STARTS.incrementAndGet();
        worker = w;
        Children.add(this);
        emitSpawned(w);
        if (blob.length <= PIPE_SAFE_JOB_BYTES) {
            // Small enough to wait in the pipe: the JVM finds it there after its hello, with no round trip.
            w.send(RunFrame.TYPE, run.encode());
        } else {
            // A larger job would block this thread until the JVM reads it: hand it over when the JVM is up.
            w.whenReady(() -> w.send(RunFrame.TYPE, run.encode()));
        }
    }

    /** Waits until the worker has exited. Joining again, or joining an ended process, returns at once. */
    public void join() {
        requireStarted("join");
        try {
            ended.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while joining " + name, ex);
        } catch (ExecutionException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Waits at most {@code timeout} (negative counts as zero); true if the worker has exited. */
    public boolean join(Duration timeout) {
        requireStarted("join");
        try {
            ended.get(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException ex) {
            return false;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** True from {@link #start()} until the worker has exited. */
    public boolean isAlive() {
        requireOpen();
        return worker != null && !ended.isDone();
    }

    /** The worker's OS pid, or -1 before start. */
    public long pid() {
        WorkerConnection w = worker;
        return w == null ? -1 : w.pid();
    }

    /** null while running (Python's None); 0 ok; 1 after an uncaught exception; N after exit(N); -N after signal N. */
    public Integer exitCode() {
        requireOpen();
        return exitCode;
    }

    /** Why the worker ended, in words ("finished", "uncaught java.lang.ArithmeticException: / by zero", ...). */
    public String exitReason() {
        return exitReason;
    }

    /** Sends SIGTERM; the exit code becomes -15. */
    public void terminate() {
        requireOpen();
        WorkerConnection w = worker;
        if (w != null) {
            w.terminate();
        }
    }

    /** Sends SIGKILL; the exit code becomes -9. */
    public void kill() {
        requireOpen();
        WorkerConnection w = worker;
        if (w != null) {
            w.kill();
        }
    }

    /**
     * Releases the process object, as Python's {@code close()}: refused while it runs; afterwards
     * {@link #isAlive()}, {@link #join()}, {@link #exitCode()}, {@link #terminate()} and {@link #kill()} throw.
     */
    public void close() {
        if (worker != null && !ended.isDone()) {
            throw new IllegalStateException("cannot close process " + name
                    + " while it is still running; join() or terminate() it first");
        }
        closed = true;
    }

    /**
     * Waits until at least one of {@code processes} has ended or the timeout passed, and returns those that
     * have ended: the Java face of {@code multiprocessing.connection.wait([p.sentinel for p in processes])}.
     */
    public static List<Process> waitAny(Collection<Process> processes, Duration timeout) {
        CompletableFuture<?>[] all = processes.stream().map(p -> p.ended).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.anyOf(all).get(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException ex) {
            // None ended in time: the empty list says so.
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        List<Process> done = new ArrayList<>();
        for (Process p : processes) {
            if (p.ended.isDone()) {
                done.add(p);
            }
        }
        return done;
    }

    /** The children this process started that are still running, oldest first (Python's active_children()). */
    public static List<Process> activeChildren() {
        return Children.alive();
    }

    /** This process: its name and pid, and whether it is a daemon (Python's current_process()). */
    public static CurrentProcess currentProcess() {
        ProcessContext ctx = ProcessContext.current();
        return new CurrentProcess(ctx.name(), ctx.pid(), ctx.daemon(), ctx.isMain());
    }

    /** The number of cores this JVM may use (Python's cpu_count()). */
    public static int cpuCount() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Override
    public String toString() {
        String state = worker == null ? "initial" : exitCode == null ? "started" : "stopped exitcode=" + exitCode;
        return "<Process " + name + " pid=" + pid() + " " + state + (daemon ? " daemon" : "") + ">";
    }

    long startOrder() {
        return startOrder;
    }

    private byte[] encodedJob() {
        try {
            return JobCodec.encode(job);
        } catch (IOException ex) {
            throw new IllegalArgumentException("the target or an argument of " + name
                    + " cannot be sent to another process: " + ex.getMessage()
                    + " (targets must be Target lambdas or Serializable; arguments numbers, strings, Queue, Value, "
                    + "Array, Lock or Serializable objects)", ex);
        }
    }

    private void emitSpawned(WorkerConnection w) {
        ProcessContext ctx = ProcessContext.current();
        if (ctx.tracing()) {
            ctx.emit(new Event(EventType.PROCESS_SPAWNED, System.nanoTime(), name, w.pid(),
                    null, -1, null, null, "started by " + ctx.name()));
        }
    }

    private void requireNotStarted(String what) {
        if (worker != null) {
            throw new IllegalStateException("cannot " + what + " process " + name + " after start()");
        }
    }

    private void requireStarted(String what) {
        requireOpen();
        if (worker == null) {
            throw new IllegalStateException("cannot " + what + " process " + name + " before start()");
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("process " + name + " is closed");
        }
    }
}
