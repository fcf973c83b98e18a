package org.proclab.ui.run;

import java.util.ArrayList;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.proclab.host.HostCommand;
import org.proclab.host.HostSession;
import org.proclab.host.wire.HostMessage;

/**
 * Runs a chapter in a run host and feeds what it says into a {@link RunData}. The host's reader threads only
 * enqueue; an {@link AnimationTimer} drains the queue at most once per frame (within a time budget) and then
 * tells the views once. It also measures the longest gap between frames during a run: the FX pulse a learner
 * would feel as a stutter.
 */
public final class RunController {
    /** {@code -Dproclab.debugFrames=true} prints every slow frame of a run to stderr (for measuring). */
    private static final boolean DEBUG_FRAMES = Boolean.getBoolean("proclab.debugFrames");

    /** A frame never spends more than this draining events; the rest waits for the next frame. */
    static final long DRAIN_BUDGET_NANOS = 8_000_000;

    private final HostCommand.Factory commands;
    private final HostCommand.Factory pythonCommands;
    private HostCommand.Language language = HostCommand.Language.JAVA;
    private final ConcurrentLinkedQueue<HostMessage> inbox = new ConcurrentLinkedQueue<>();
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.IDLE);
    private final ReadOnlyObjectWrapper<RunData> data = new ReadOnlyObjectWrapper<>(new RunData());
    private final ReadOnlyDoubleWrapper longestFrameGapMillis = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper longestDrainMillis = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper longestPulseCpuMillis = new ReadOnlyDoubleWrapper();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long lastFrameCpuNanos;
    private final AnimationTimer pump;
    private Consumer<RunData> onUpdate = d -> { };
    private final HostSession session = new HostSession("run-host", inbox::add);
    private String lessonId;
    private long startNanos;
    private long endNanos;
    private long lastFrameNanos;
    private boolean finishAfterFrame;
    private boolean stepped;
    private Runnable afterExit = () -> { };

    public RunController(HostCommand.Factory commands) {
        this(commands, HostCommand::forPythonLesson);
    }

    /** @param pythonCommands how a run of the chapter's Python original is started */
    public RunController(HostCommand.Factory commands, HostCommand.Factory pythonCommands) {
        this.commands = commands;
        this.pythonCommands = pythonCommands;
        this.pump = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame();
            }
        };
    }

    public static RunController standard() {
        return new RunController(HostCommand::forLesson);
    }

    /** Called on the FX thread after each frame that changed the data. */
    public void setOnUpdate(Consumer<RunData> action) {
        onUpdate = action;
    }

    /** Starts {@code lessonId} with {@code params} unless a run is active; returns whether it started. */
    public boolean start(String id, Map<String, String> params) {
        return start(id, params, false, List.of());
    }

    /**
     * Starts a run; in step mode every worker stops before each shared operation until {@link #step} lets it
     * go, and {@code replay} (worker names, in order) is sent at once: the run host carries the steps out one
     * by one, so the run repeats the interleaving they were recorded from.
     */
    public boolean start(String id, Map<String, String> params, boolean stepMode, List<String> replay) {
        return start(HostCommand.Language.JAVA, id, params, stepMode, replay);
    }

    /** Starts the chapter's Python original; Python runs are never stepped (its tracer has no step gate). */
    public boolean startPython(String id, Map<String, String> params) {
        return start(HostCommand.Language.PYTHON, id, params, false, List.of());
    }

    private boolean start(HostCommand.Language lang, String id, Map<String, String> params, boolean stepMode,
                          List<String> replay) {
        if (state.get().active() || session.running()) {
            return false;
        }
        HostCommand.Factory factory = lang == HostCommand.Language.PYTHON ? pythonCommands : commands;
        return start(lang, id, factory.command(id, params), stepMode, replay, () -> { });
    }

    /**
     * Starts a run host with this command line (a learner's edited or own code: see
     * {@code HostCommand.forProgram}); {@code afterExit} runs once the host has exited, e.g. to delete the
     * compiled classes it ran.
     */
    public boolean start(String id, List<String> hostCommand, boolean stepMode, List<String> replay,
                         Runnable afterExit) {
        return start(HostCommand.Language.JAVA, id, hostCommand, stepMode, replay, afterExit);
    }

    private boolean start(HostCommand.Language lang, String id, List<String> hostCommand, boolean stepMode,
                          List<String> replay, Runnable afterExit) {
        if (state.get().active() || session.running()) {
            return false;
        }
        this.afterExit = afterExit;
        language = lang;
        stepped = stepMode;
        lessonId = id;
        inbox.clear();
        data.set(new RunData());
        longestFrameGapMillis.set(0);
        longestDrainMillis.set(0);
        longestPulseCpuMillis.set(0);
        lastFrameNanos = 0;
        lastFrameCpuNanos = 0;
        finishAfterFrame = false;
        startNanos = System.nanoTime();
        endNanos = 0;
        state.set(RunState.STARTING);
        List<String> command = new ArrayList<>(hostCommand);
        List<String> script = stepMode ? List.copyOf(replay) : List.of();
        if (stepMode) {
            command.add("--step");
            data.get().steps().activate();
            data.get().steps().replayed(script);
        }
        List<String> firstLines = new ArrayList<>();
        script.forEach(worker -> firstLines.add("step " + worker));
        session.start(command, stepMode, firstLines);
        pump.start();
        return true;
    }

    /** Which example the current (or last) run ran. */
    public HostCommand.Language language() {
        return language;
    }

    /** Whether the current (or last) run was started in step mode. */
    public boolean stepped() {
        return stepped;
    }

    /** Lets a paused worker of a stepped run do its next shared operation; false when it cannot step now. */
    public boolean step(String worker) {
        RunData d = data.get();
        if (!stepped || !state.get().active() || !d.steps().canStep(worker) || !session.send("step " + worker)) {
            return false;
        }
        d.steps().stepped(worker);
        onUpdate.accept(d);
        return true;
    }

    /** Ends the run host and every worker; the FX thread does not wait (the stop runs on its own thread). */
    public void stop() {
        if (!state.get().active() || state.get() == RunState.STOPPING) {
            return;
        }
        state.set(RunState.STOPPING);
        session.stop();
    }

    /** For closing the app: stop whatever runs, on a non-daemon thread so the JVM waits for it. */
    public void shutdown() {
        pump.stop();
        session.stop();
        // The stopped pump will not run the cleanup (e.g. deleting a learner run's classes): run it once the host
        // has gone, at most a few seconds from now, on a thread the JVM waits for.
        Runnable cleanup = afterExit;
        afterExit = () -> { };
        Thread t = new Thread(() -> {
            long until = System.nanoTime() + 5_000_000_000L;
            while (session.running() && System.nanoTime() < until) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ex) {
                    break;
                }
            }
            cleanup.run();
        }, "run-cleanup");
        t.setDaemon(false);
        t.start();
    }

    private void frame() {
        long t0 = System.nanoTime();
        if (lastFrameNanos != 0) {
            double gap = (t0 - lastFrameNanos) / 1e6;
            frameGapMillis = gap;
            if (gap > longestFrameGapMillis.get()) {
                longestFrameGapMillis.set(gap);
            }
        }
        lastFrameNanos = t0;
        // CPU time of the FX thread from one frame to the next: all its work for one pulse (drain, CSS,
        // layout, chart drawing), unaffected by other processes taking the CPU away.
        long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        if (cpu >= 0 && lastFrameCpuNanos > 0) {
            frameCpuMillis = (cpu - lastFrameCpuNanos) / 1e6;
            longestPulseCpuMillis.set(Math.max(longestPulseCpuMillis.get(), (cpu - lastFrameCpuNanos) / 1e6));
        }
        lastFrameCpuNanos = cpu;
        RunData d = data.get();
        boolean changed = false;
        HostMessage m;
        int n = 0;
        while ((m = inbox.poll()) != null) {
            d.apply(m);
            changed = true;
            if (m instanceof HostMessage.Exited && state.get() == RunState.STARTING
                    && ((HostMessage.Exited) m).exitCode() == -1) {
                d.note("the run host did not start");
            }
            if (m instanceof HostMessage.EventLine && state.get() == RunState.STARTING) {
                state.set(RunState.RUNNING);
            } else if (m instanceof HostMessage.Exited) {
                finish((HostMessage.Exited) m);
            }
            if ((++n & 255) == 0 && System.nanoTime() - t0 > DRAIN_BUDGET_NANOS) {
                break;
            }
        }
        if (changed) {
            onUpdate.accept(d);
        }
        double spent = (System.nanoTime() - t0) / 1e6;
        if (DEBUG_FRAMES) {
            debugFrame(t0, spent, n);
        }
        if (spent > longestDrainMillis.get()) {
            longestDrainMillis.set(spent);
        }
        if (finishAfterFrame && inbox.isEmpty()) {
            pump.stop();
        }
    }

    private double frameGapMillis;
    private double frameCpuMillis;

    private void debugFrame(long t0, double drainMillis, int drained) {
        if (frameGapMillis > 50 || frameCpuMillis > 16 || drainMillis > 16) {
            System.err.printf(java.util.Locale.ROOT,
                    "frame at %d ms: gap %.1f, FX cpu since last frame %.1f, drain %.1f ms (%d msgs, %d events)%n",
                    (t0 - startNanos) / 1_000_000, frameGapMillis, frameCpuMillis, drainMillis, drained,
                    data.get().events());
        }
    }

    private void finish(HostMessage.Exited exited) {
        endNanos = System.nanoTime();
        Runnable cleanup = afterExit;
        afterExit = () -> { };
        cleanup.run();
        if (exited.stopped()) {
            state.set(RunState.STOPPED);
        } else {
            state.set(exited.exitCode() == 0 ? RunState.FINISHED : RunState.FAILED);
        }
        finishAfterFrame = true;
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public RunState state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<RunData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public RunData data() {
        return data.get();
    }

    public String lessonId() {
        return lessonId;
    }

    /** Seconds since the run started, or its whole length once it ended. */
    /** When the current run was started (System.nanoTime); 0 before the first. */
    public long startNanos() {
        return startNanos;
    }

    public double elapsedSeconds() {
        if (startNanos == 0) {
            return 0;
        }
        long end = endNanos != 0 ? endNanos : System.nanoTime();
        return (end - startNanos) / 1e9;
    }

    /** The longest gap between two frames during the last run, in milliseconds. */
    public ReadOnlyDoubleProperty longestFrameGapMillisProperty() {
        return longestFrameGapMillis.getReadOnlyProperty();
    }

    /** The most CPU time the FX thread spent between two frames during the last run, in milliseconds. */
    public ReadOnlyDoubleProperty longestPulseCpuMillisProperty() {
        return longestPulseCpuMillis.getReadOnlyProperty();
    }

    /** The longest time one frame spent draining events into the views, in milliseconds. */
    public ReadOnlyDoubleProperty longestDrainMillisProperty() {
        return longestDrainMillis.getReadOnlyProperty();
    }

    /** The pid of the current run host, or -1. */
    public long hostPid() {
        return session.pid();
    }
}
