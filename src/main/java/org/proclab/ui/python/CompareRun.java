package org.proclab.ui.python;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.proclab.host.HostCommand;
import org.proclab.host.HostSession;
import org.proclab.host.wire.HostMessage;

/**
 * Runs one chapter twice, one after the other on this machine: the Java example, then its Python original,
 * each in its own run host, so neither run's time includes the other's load. Each run's messages are folded
 * on the host's threads into its {@link RunFigures}; the FX thread hears once per run that it ended.
 */
final class CompareRun {
    enum Phase { IDLE, JAVA, PYTHON, DONE, STOPPED }

    private final HostCommand.Factory javaCommands;
    private final HostCommand.Factory pythonCommands;
    private final Consumer<Phase> onPhase;
    private HostSession session;
    private RunFigures javaFigures = new RunFigures();
    private RunFigures pythonFigures = new RunFigures();
    private Phase phase = Phase.IDLE;
    private String lessonId;
    private Map<String, String> params;

    /** @param onPhase told on the FX thread when a run starts and when both are done */
    CompareRun(HostCommand.Factory java, HostCommand.Factory python, Consumer<Phase> onPhase) {
        this.javaCommands = java;
        this.pythonCommands = python;
        this.onPhase = onPhase;
    }

    /** Starts both runs of the chapter unless they are running; false then. */
    boolean start(String id, Map<String, String> values) {
        if (phase == Phase.JAVA || phase == Phase.PYTHON) {
            return false;
        }
        lessonId = id;
        params = new LinkedHashMap<>(values);
        javaFigures = new RunFigures();
        pythonFigures = new RunFigures();
        launch(Phase.JAVA, javaCommands, javaFigures);
        return true;
    }

    private void launch(Phase next, HostCommand.Factory factory, RunFigures figures) {
        phase = next;
        session = new HostSession("compare-" + next.name().toLowerCase(Locale.ROOT), message -> {
            figures.accept(message);
            if (message instanceof HostMessage.Exited) {
                Platform.runLater(this::ended);
            }
        });
        session.start(factory.command(lessonId, params), false, List.of());
        onPhase.accept(phase);
    }

    private void ended() {
        if (phase == Phase.JAVA) {
            launch(Phase.PYTHON, pythonCommands, pythonFigures);
        } else if (phase == Phase.PYTHON) {
            phase = Phase.DONE;
            onPhase.accept(phase);
        }
    }

    /** Ends the run going on, if any; what was measured so far stays. */
    void stop() {
        if (phase == Phase.JAVA || phase == Phase.PYTHON) {
            phase = Phase.STOPPED;
            session.stop();
            onPhase.accept(phase);
        }
    }

    Phase phase() {
        return phase;
    }

    boolean running() {
        return phase == Phase.JAVA || phase == Phase.PYTHON;
    }

    /** The parameters of the last comparison. */
    Map<String, String> params() {
        return params == null ? Map.of() : params;
    }

    RunFigures javaFigures() {
        return javaFigures;
    }

    RunFigures pythonFigures() {
        return pythonFigures;
    }
}
