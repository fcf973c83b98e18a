package org.proclab.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.proclab.runtime.ipc.frames.StepFrame;
import org.proclab.runtime.shm.SharedMemory;
import org.proclab.runtime.spawn.ExitStatus;
import org.proclab.runtime.spawn.WorkerConnection;
import org.proclab.runtime.spawn.WorkerLauncher;
import org.proclab.runtime.step.StepGate;
import org.proclab.runtime.step.StepMode;

/** The runtime's lifecycle in the main process. */
public final class ProcLabRuntime {
    /** A new worker JVM for every start, like Python's "spawn" (a fresh interpreter for each child). */
    public static final String SPAWN = "spawn";
    /**
     * JVMs started ahead and kept waiting, one of which takes each new job, like Python's "forkserver" (a
     * server process started once; each child is forked from it, so a start costs little).
     */
    public static final String STANDBY = "standby";
    private static final Duration STANDBY_READY_MAX = Duration.ofSeconds(30);

    private ProcLabRuntime() {
    }

    /**
     * Python's {@code multiprocessing.set_start_method}: {@value #SPAWN} (the default) or {@value #STANDBY}.
     * Python's "forkserver" is taken as {@value #STANDBY}; "fork" (a copy of the running process) has no JVM
     * equivalent and is refused. With {@value #STANDBY} this waits until {@link Process#cpuCount()} standbys are
     * up and warmed up, so their own start-up is paid here, once, as a forkserver's is paid at its first use.
     */
    public static void setStartMethod(String method) {
        String m = method == null ? "" : method.trim().toLowerCase(Locale.ROOT);
        switch (m) {
            case SPAWN:
                WorkerLauncher.prewarm(0);
                break;
            case STANDBY:
            case "forkserver":
                int count = Runtime.getRuntime().availableProcessors();
                WorkerLauncher.prewarm(count);
                awaitStandbys(count);
                break;
            default:
                throw new IllegalArgumentException("unknown start method \"" + method + "\"; use one of "
                        + allStartMethods() + ("fork".equals(m) ? " (a JVM cannot fork a copy of itself)" : ""));
        }
    }

    /** {@value #STANDBY} while standby JVMs are kept, else {@value #SPAWN}. */
    public static String getStartMethod() {
        return WorkerLauncher.standbyTarget() > 0 ? STANDBY : SPAWN;
    }

    /** Python's {@code get_all_start_methods()}. */
    public static List<String> allStartMethods() {
        return List.of(SPAWN, STANDBY);
    }

    private static void awaitStandbys(int count) {
        try {
            WorkerLauncher.awaitQuietStandbys(count, STANDBY_READY_MAX.toMillis());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Keeps {@code standbys} worker JVMs started and waiting, so the next {@code Process.start()} or
     * {@code new Pool()} hands work to a JVM that is already up (Python's forkserver does the same).
     */
    public static void prewarm(int standbys) {
        WorkerLauncher.prewarm(standbys);
    }

    /**
     * Does now, ahead of the first {@code Process.start()}, what that start would do first: find the worker's
     * class path and class-data archive (made once per build, kept in the data folder), and load what the
     * parent's side of a start uses (object streams, a lambda's serialization).
     */
    public static void prepareWorkers() {
        WorkerLauncher.prepare();
        FirstStartWarmUp.run();
    }

    /** Standby worker JVMs that are up and ready now. */
    public static int readyStandbys() {
        return WorkerLauncher.readyStandbys();
    }

    /**
     * Step mode for processes started from now on: each stops before every shared-memory and lock operation
     * until {@link #step(String)} lets it go on (see {@link StepGate}). The paused events report lines of the
     * class named by the system property {@value StepMode#SOURCE_PROPERTY}, if the run set it.
     */
    public static void stepMode(boolean on) {
        stepMode(on, System.getProperty(StepMode.SOURCE_PROPERTY));
    }

    /**
     * As {@link #stepMode(boolean)}, reporting the lines of {@code sourceClass} (the run's example; null: the
     * first caller outside the runtime).
     */
    public static void stepMode(boolean on, String sourceClass) {
        StepMode.set(on, sourceClass);
    }

    public static boolean stepMode() {
        return StepMode.on();
    }

    /**
     * Lets the worker named {@code workerName} perform its next shared operation.
     * Returns false if no live worker has that name.
     */
    public static boolean step(String workerName) {
        for (WorkerConnection w : WorkerLauncher.live()) {
            if (w.name().equals(workerName) && w.isAlive()) {
                w.send(StepFrame.TYPE, new StepFrame(1).encode());
                return true;
            }
        }
        return false;
    }

    /**
     * Ends this process (and so, through their pipes, its workers) when the process that started it dies,
     * even by kill -9. The app's run host calls this: a killed app must not leave a run going.
     */
    public static void exitWithParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watcher = new Thread(() -> {
            while (parent.isAlive()) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ex) {
                    return;
                }
            }
            shutdown();
            Runtime.getRuntime().halt(ExitStatus.PARENT_GONE);
        }, "proclab-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * What Python does as its main process ends: daemon children are terminated, the others are waited for.
     * Hosts call this when the learner's main method has returned, before {@link #shutdown()}.
     */
    public static void joinChildren() {
        for (Process child : Process.activeChildren()) {
            if (child.daemon()) {
                child.terminate();
            }
        }
        for (Process child : Process.activeChildren()) {
            child.join();
        }
    }

    /**
     * Ends every worker JVM this process started (standbys too) and waits up to a second for them to exit,
     * then deletes this process's shared-memory files.
     */
    public static void shutdown() {
        WorkerLauncher.shutdown(1_000);
        SharedMemory.deleteRunDirectory();
    }
}
