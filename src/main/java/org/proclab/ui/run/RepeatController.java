package org.proclab.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.proclab.host.HostCommand;
import org.proclab.host.HostSession;
import org.proclab.host.wire.HostMessage;
import org.proclab.lesson.outcome.OutcomeGrader;
import org.proclab.viz.outcome.OutcomeBoard;

/**
 * Runs the lock chapter's experiment many times in one run host ({@code run ID --repeat N}) and counts the
 * outcomes into an {@link OutcomeBoard}. Like {@link RunController}: the host's reader threads only enqueue,
 * an {@link AnimationTimer} drains once per frame and tells the view once; Stop ends the host and its workers
 * on a background thread.
 */
public final class RepeatController {
    private final HostCommand.Factory commands;
    private final ConcurrentLinkedQueue<HostMessage> inbox = new ConcurrentLinkedQueue<>();
    private final OutcomeBoard board = new OutcomeBoard();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final AnimationTimer pump;
    private Consumer<OutcomeBoard> onUpdate = b -> { };
    private final HostSession session = new HostSession("repeat-host", inbox::add);
    private String problem;

    public RepeatController(HostCommand.Factory commands) {
        this.commands = commands;
        pump = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame();
            }
        };
    }

    public static RepeatController standard() {
        return new RepeatController(HostCommand::forLesson);
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
        if (running.get() || session.running() || grader.isEmpty() || runs < 1) {
            return false;
        }
        inbox.clear();
        problem = null;
        List<String> command = new ArrayList<>(commands.command(lessonId, params));
        command.add("--repeat");
        command.add(Integer.toString(runs));
        session.start(command, false, List.of());
        board.begin(grader.get(), runs);
        running.set(true);
        pump.start();
        onUpdate.accept(board);
        return true;
    }

    /** Ends the repetitions now; what was counted so far stays on the board, marked as stopped. */
    public void stop() {
        if (running.get()) {
            session.stop();
        }
    }

    private void frame() {
        boolean changed = false;
        HostMessage m;
        while ((m = inbox.poll()) != null) {
            changed = true;
            if (m instanceof HostMessage.Repeat) {
                Long last = ((HostMessage.Repeat) m).finalValue();
                if (last != null) {
                    board.add(last);
                }
            } else if (m instanceof HostMessage.Warning && problem == null) {
                problem = ((HostMessage.Warning) m).text();
            } else if (m instanceof HostMessage.Exited) {
                HostMessage.Exited exited = (HostMessage.Exited) m;
                board.end(exited.stopped() || exited.exitCode() != 0);
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
