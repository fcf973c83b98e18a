package org.proclab.ui.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.proclab.app.run.RunCommand;
import org.proclab.app.run.RunHost;
import org.proclab.app.run.RunMessage;
import org.proclab.lesson.outcome.OutcomeGrader;
import org.proclab.viz.outcome.OutcomeBoard;

/**
 * Runs the lock chapter's experiment many times in one run host ({@code run ID --repeat N}) and counts the
 * outcomes into an {@link OutcomeBoard}. Like {@link RunController}: the host's reader threads only enqueue,
 * an {@link AnimationTimer} drains once per frame and tells the view once; Stop ends the host and its workers
 * on a background thread.
 */
public final class RepeatController {
    private final RunController.CommandFactory commands;
    private final ConcurrentLinkedQueue<RunMessage> inbox = new ConcurrentLinkedQueue<>();
    private final OutcomeBoard board = new OutcomeBoard();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final AnimationTimer pump;
    private Consumer<OutcomeBoard> onUpdate = b -> { };
    private RunHost host;
    private boolean stopRequested;
    private String problem;

    public RepeatController(RunController.CommandFactory commands) {
        this.commands = commands;
        pump = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame();
            }
        };
    }

    public static RepeatController standard() {
        return new RepeatController(RunCommand::forLesson);
    }

    /** Called on the FX thread after each frame that changed the board. */
    public void setOnUpdate(Consumer<OutcomeBoard> action) {
        onUpdate = action;
    }

    /**
     * Starts {@code runs} repetitions unless some are running; false also when the parameters are not the
     * lock chapter's race (there is nothing to grade).
     */
    public boolean start(String lessonId, Map<String, String> params, int runs) {
        Optional<OutcomeGrader> grader = OutcomeGrader.forParams(params);
        if (running.get() || grader.isEmpty() || runs < 1) {
            return false;
        }
        inbox.clear();
        problem = null;
        stopRequested = false;
        board.begin(grader.get(), runs);
        running.set(true);
        List<String> command = new ArrayList<>(commands.command(lessonId, params));
        command.add("--repeat");
        command.add(Integer.toString(runs));
        Thread starter = new Thread(() -> spawn(command), "repeat-host-start");
        starter.setDaemon(true);
        starter.start();
        pump.start();
        onUpdate.accept(board);
        return true;
    }

    private void spawn(List<String> command) {
        try {
            RunHost started = RunHost.start(command, inbox::add);
            synchronized (this) {
                host = started;
                if (stopRequested) {
                    stopAsync(started);
                }
            }
        } catch (IOException | RuntimeException e) {
            inbox.add(new RunMessage.Warning("could not start the run host: " + e.getMessage()));
            inbox.add(new RunMessage.Exited(-1, false, 0));
        }
    }

    /** Ends the repetitions now; what was counted so far stays on the board, marked as stopped. */
    public void stop() {
        synchronized (this) {
            if (!running.get() || stopRequested) {
                return;
            }
            stopRequested = true;
            if (host != null) {
                stopAsync(host);
            }
        }
    }

    private static void stopAsync(RunHost h) {
        Thread stopper = new Thread(h::stop, "repeat-host-stop");
        stopper.setDaemon(false);
        stopper.start();
    }

    private void frame() {
        boolean changed = false;
        RunMessage m;
        while ((m = inbox.poll()) != null) {
            changed = true;
            if (m instanceof RunMessage.Repeat) {
                Long last = ((RunMessage.Repeat) m).finalValue();
                if (last != null) {
                    board.add(last);
                }
            } else if (m instanceof RunMessage.Warning && problem == null) {
                problem = ((RunMessage.Warning) m).text();
            } else if (m instanceof RunMessage.Exited) {
                RunMessage.Exited exited = (RunMessage.Exited) m;
                board.end(exited.stopped() || exited.exitCode() != 0);
                synchronized (this) {
                    host = null;
                }
                running.set(false);
                pump.stop();
            }
        }
        if (changed) {
            onUpdate.accept(board);
        }
    }

    /** For closing the app: stop whatever runs, on a non-daemon thread so the JVM waits for it. */
    public void shutdown() {
        stop();
    }

    public OutcomeBoard board() {
        return board;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean running() {
        return running.get();
    }

    /** The first thing the run host said on stderr (or could not be parsed), if anything: shown under the charts. */
    public String problem() {
        return problem;
    }
}
