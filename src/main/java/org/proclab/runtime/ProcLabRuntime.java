package org.proclab.runtime;

import org.proclab.runtime.ipc.frames.StepFrame;
import org.proclab.runtime.shm.SharedMemory;
import org.proclab.runtime.spawn.ExitStatus;
import org.proclab.runtime.spawn.WorkerConnection;
import org.proclab.runtime.spawn.WorkerLauncher;
import org.proclab.runtime.step.StepGate;
import org.proclab.runtime.step.StepMode;

/** The runtime's lifecycle in the main process. */
public final class ProcLabRuntime {
    private ProcLabRuntime() {
    }

    /**
     * Keeps {@code standbys} worker JVMs started and waiting, so the next {@code Process.start()} or
     * {@code new Pool()} hands work to a JVM that is already up (Python's forkserver does the same).
     */
    public static void prewarm(int standbys) {
        WorkerLauncher.prewarm(standbys);
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
     * Ends every worker JVM this process started (standbys too) and waits up to a second for them to exit,
     * then deletes this process's shared-memory files.
     */
    public static void shutdown() {
        WorkerLauncher.shutdown(1_000);
        SharedMemory.deleteRunDirectory();
    }
}
