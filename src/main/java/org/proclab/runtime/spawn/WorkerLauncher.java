package org.proclab.runtime.spawn;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.proclab.runtime.shm.SharedMemory;

/**
 * Starts worker JVMs: same Java, same class path, {@code WorkerMain}. It can keep a few started JVMs waiting
 * ("standbys", like Python's forkserver) so that {@code Process.start()} hands a job to a JVM that is already
 * up instead of paying a JVM's start-up. Standbys are refilled only when a worker exits, so a refill never
 * competes for the cores with the workers a learner is watching.
 */
public final class WorkerLauncher {
    /** Named, not imported: the launcher must not depend on the classes that run inside the worker. */
    private static final String WORKER_MAIN = "org.proclab.runtime.worker.WorkerMain";
    /** Tells a worker JVM whether to warm up after its hello (standbys) or not (a job is waiting). */
    public static final String WARM_UP_PROPERTY = "proclab.worker.warmUp";
    /**
     * Tells a worker JVM whether to set up object streams beside its start (its job or pool functions come
     * serialized) or not (a direct job, see {@code JobCodec}: the work would only compete for the cores).
     */
    public static final String OBJECT_STREAMS_PROPERTY = "proclab.worker.objectStreams";
    /** The worker's argument for a training run that loads what a job loads, for the class-data archive. */
    public static final String TRAIN_ARG = "--train";
    /** The worker's collector; its class-data archive is trained with the same one (see {@link WorkerImage}). */
    static final String GC = "UseG1GC";
    private static final String DEFAULT_XMX = "512m";
    private static final long HELLO_TIMEOUT_MS = Long.getLong("proclab.worker.startTimeoutMs", 60_000);
    private static final Set<WorkerConnection> LIVE = ConcurrentHashMap.newKeySet();
    private static final Deque<WorkerConnection> STANDBY = new ArrayDeque<>();
    private static int standbyTarget = Integer.getInteger("proclab.standby", 0);
    private static volatile boolean shuttingDown;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(WorkerLauncher::killAll, "proclab-kill-workers"));
    }

    private WorkerLauncher() {
    }

    /**
     * A worker at once, without waiting for it to be ready: a standby if one is up, else a JVM launched now.
     * Its owner hands it the job with {@link WorkerConnection#whenReady}; a JVM that never says hello is killed
     * after the start timeout, and its exit reports it.
     */
    public static WorkerConnection launch() {
        return launch(true);
    }

    /** As {@link #launch()}; {@code objectStreams}: whether the job the worker gets is Java-serialized. */
    public static WorkerConnection launch(boolean objectStreams) {
        shuttingDown = false;
        WorkerConnection worker = takeStandby();
        if (worker == null) {
            worker = spawn(false, objectStreams);
        }
        worker.killUnlessReadyWithin(HELLO_TIMEOUT_MS);
        return worker;
    }

    /** A ready worker: a standby if one is up, else a freshly started JVM (waits for it). */
    public static WorkerConnection acquire() {
        shuttingDown = false;
        WorkerConnection worker = takeStandby();
        if (worker == null) {
            worker = spawn(false, true);
        }
        worker.awaitHello(HELLO_TIMEOUT_MS);
        return worker;
    }

    /** Starts several workers at once (their JVMs boot in parallel) and waits until all are ready. */
    public static List<WorkerConnection> acquire(int count) {
        return acquire(count, w -> { });
    }

    /**
     * As {@link #acquire(int)}, handing each worker to {@code beforeReady} as soon as it is launched: frames
     * sent there wait in its pipe and are read right after its hello, without a round trip to this JVM.
     */
    public static List<WorkerConnection> acquire(int count, Consumer<WorkerConnection> beforeReady) {
        shuttingDown = false;
        List<WorkerConnection> workers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            WorkerConnection w = takeStandby();
            // Pool functions travel in JobCodec's direct form as a rule: no object streams set up ahead.
            workers.add(w != null ? w : spawn(false, false));
        }
        workers.forEach(beforeReady);
        for (WorkerConnection w : workers) {
            w.awaitHello(HELLO_TIMEOUT_MS);
        }
        return workers;
    }

    /** Keeps {@code count} started JVMs waiting for work from now on; starts the missing ones, ends extra ones. */
    public static void prewarm(int count) {
        shuttingDown = false;
        List<WorkerConnection> extra = new ArrayList<>();
        synchronized (STANDBY) {
            standbyTarget = count;
            while (STANDBY.size() > count) {
                extra.add(STANDBY.pollLast());
            }
        }
        extra.forEach(WorkerConnection::kill);
        refill();
    }

    /** Finds (and on first use makes) the worker's class path and archive, so the first start does not. */
    public static void prepare() {
        WorkerImage.get();
    }

    /** How many standbys are kept waiting from now on. */
    public static int standbyTarget() {
        synchronized (STANDBY) {
            return standbyTarget;
        }
    }

    /**
     * Waits until {@code count} standbys are ready and have finished warming up (their CPU time stops
     * growing), so they do not compete with what is measured next; gives up after {@code limitMillis}.
     */
    public static void awaitQuietStandbys(int count, long limitMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limitMillis);
        while (readyStandbys() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        long lastCpu = -1;
        while (System.nanoTime() < deadline) {
            long cpu = 0;
            synchronized (STANDBY) {
                for (WorkerConnection w : STANDBY) {
                    cpu += ProcessHandle.of(w.pid()).flatMap(h -> h.info().totalCpuDuration())
                            .map(d -> d.toMillis()).orElse(0L);
                }
            }
            if (cpu == lastCpu) {
                return;
            }
            lastCpu = cpu;
            Thread.sleep(60);
        }
    }

    /** How many standbys are up and ready right now. */
    public static int readyStandbys() {
        synchronized (STANDBY) {
            return (int) STANDBY.stream().filter(WorkerConnection::isReady).count();
        }
    }

    /** Every worker JVM of this process that has not exited yet, standbys included. */
    public static Set<WorkerConnection> live() {
        return Set.copyOf(LIVE);
    }

    /** Kills every worker and standby and waits (bounded) until they have exited. */
    public static void shutdown(long timeoutMillis) {
        shuttingDown = true;
        synchronized (STANDBY) {
            standbyTarget = 0;
            STANDBY.clear();
        }
        killAll();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        for (WorkerConnection w : List.copyOf(LIVE)) {
            try {
                w.awaitExit(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void forget(WorkerConnection worker) {
        LIVE.remove(worker);
        synchronized (STANDBY) {
            STANDBY.remove(worker);
        }
        if (!shuttingDown) {
            refill();
        }
    }

    private static void killAll() {
        for (WorkerConnection w : List.copyOf(LIVE)) {
            w.kill();
        }
    }

    private static WorkerConnection takeStandby() {
        synchronized (STANDBY) {
            while (!STANDBY.isEmpty()) {
                WorkerConnection w = STANDBY.pollFirst();
                if (w.isAlive()) {
                    return w;
                }
            }
            return null;
        }
    }

    private static void refill() {
        synchronized (STANDBY) {
            while (STANDBY.size() < standbyTarget && !shuttingDown) {
                STANDBY.addLast(spawn(true, true));
            }
        }
    }

    private static WorkerConnection spawn(boolean standby, boolean objectStreams) {
        List<String> command = command(standby, objectStreams);
        ProcessBuilder builder = new ProcessBuilder(command);
        try {
            WorkerConnection worker = new WorkerConnection(builder.start(), WorkerLauncher::forget);
            LIVE.add(worker);
            return worker;
        } catch (IOException ex) {
            throw new IllegalStateException("could not start a worker JVM (" + command.get(0) + "): "
                    + ex.getMessage(), ex);
        }
    }

    /**
     * A standby warms up after its hello while it waits; a worker launched for a job that is already waiting
     * skips that, so nothing the first job does not need sits on its cold path.
     */
    static List<String> command(boolean standby, boolean objectStreams) {
        WorkerImage image = WorkerImage.get();
        JavaCommand command = baseCommand(image.classPath(), standby).systemProperty(OBJECT_STREAMS_PROPERTY,
                objectStreams);
        image.archiveOptions().forEach(command::jvmOption);
        return command.toList();
    }

    /**
     * A 160 MB start with a fixed 128 MB young generation, instead of G1's default of 1/64 of the machine's
     * memory (384 MB here) with a young generation it sizes itself: committing less saved 1-2 ms of each
     * JVM's start, and G1's own young sizing began at 3-19 MB, so a new worker collected two to five times
     * (1-19 ms each, cold) within a map of 1,000,000 items, where the serial collector's third of the start
     * heap had not collected once. With a cap of its own ({@code proclab.worker.xmx}) the JVM decides.
     */
    private static List<String> heapStart() {
        return System.getProperty("proclab.worker.xmx") == null ? List.of("-Xms160m", "-Xmn128m") : List.of();
    }

    /** The worker's java command line on {@code classPath}, without a class-data archive. */
    static JavaCommand baseCommand(String classPath, boolean standby) {
        // Quick-starting JVMs. G1, not the serial collector: Java 17 maps the archived module graph only with
        // G1, and without it the module system's start took 8-12 ms instead of 1-2 (a JVM that only returns
        // from main: 35 -> 31 ms). The heap cap keeps a runaway example (or an OutOfMemoryError demo) from
        // eating the machine.
        return JavaCommand.forMain(WORKER_MAIN)
                .classPath(classPath)
                .jvmOption("-XX:+" + GC)
                .jvmOption("-Xshare:auto")
                .jvmOption("-XX:TieredStopAtLevel=" + Integer.getInteger("proclab.worker.tier", 4))
                .jvmOption("-Xmx" + System.getProperty("proclab.worker.xmx", DEFAULT_XMX))
                .jvmOptions(heapStart())
                .systemProperty(WARM_UP_PROPERTY, standby)
                .systemProperty("file.encoding", "UTF-8")
                .systemProperty("proclab.parent", ProcessHandle.current().pid())
                // Workers create their shared files in the main process's run directory, which it deletes at the end.
                .systemProperty(SharedMemory.DIR_PROPERTY, SharedMemory.runDirectory());
    }
}
