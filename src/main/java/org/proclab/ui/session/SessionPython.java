package org.proclab.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.proclab.host.wire.HostMessage;
import org.proclab.host.wire.HostResult;
import org.proclab.python.PythonInterpreter;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;
import org.proclab.ui.run.RunData;

/**
 * The session's Python side: whether a python3 exists (asked once, off the FX thread), "run the chapter in
 * Python" with its guard, and what the last Python run's uncaught exception was (its script line, and its
 * traceback added to the console; the tracer sends the traceback only in the result line).
 */
public final class SessionPython {
    /** What is known about the machine's python3. */
    public enum Availability { UNKNOWN, CHECKING, FOUND, MISSING }

    private final SessionRuns runs;
    private final ReadOnlyObjectWrapper<Availability> availability = new ReadOnlyObjectWrapper<>(Availability.UNKNOWN);
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper errorLine = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper errorSummary = new ReadOnlyStringWrapper();
    private final BooleanBinding canRun;

    SessionPython(LabSession session, SessionRuns runs) {
        this.runs = runs;
        // A step gate exists only in the Java runtime: with step mode on, Run in Python waits until it is off.
        canRun = Bindings.createBooleanBinding(() -> runs.canRun().get() && !session.stepModeProperty().get()
                        && availability.get() != Availability.MISSING,
                runs.canRun(), session.stepModeProperty(), availability);
    }

    /** Looks for python3 once (it can take seconds: a pyenv shim starts a shell); later calls do nothing. */
    public void checkInterpreter() {
        if (availability.get() != Availability.UNKNOWN) {
            return;
        }
        availability.set(Availability.CHECKING);
        Thread probe = new Thread(() -> {
            Optional<PythonInterpreter> found = PythonInterpreter.find();
            Platform.runLater(() -> {
                version.set(found.map(PythonInterpreter::version).orElse(null));
                availability.set(found.isPresent() ? Availability.FOUND : Availability.MISSING);
            });
        }, "python-probe");
        probe.setDaemon(true);
        probe.start();
    }

    /** Runs the chapter on screen in CPython with its parameters, under the same guards as a Java run. */
    public void run() {
        if (canRun.get()) {
            errorLine.set(-1);
            errorSummary.set(null);
            runs.startPython();
        }
    }

    /** Called when a Python run ended, before the end is shown: its exception's line and traceback. */
    void finished(RunData data) {
        HostResult result = data.result();
        JsonNode exception = result == null || result.raw() == null ? null : result.raw().get("exception");
        if (exception == null || !exception.isObject()) {
            return;
        }
        long pid = data.lanes().lanes().stream().filter(l -> "main".equals(l.name())).mapToLong(l -> l.pid())
                .findFirst().orElse(-1);
        for (String line : exception.path("traceback").asText("").split("\n")) {
            if (!line.isEmpty()) {
                data.apply(new HostMessage.EventLine(new Event(EventType.OUTPUT, System.nanoTime(), "main", pid,
                        "stderr", -1, null, null, line)));
            }
        }
        errorSummary.set(exception.path("type").asText("") + ": " + exception.path("message").asText(""));
        errorLine.set(exception.path("line").asInt(-1));
    }

    public ReadOnlyObjectProperty<Availability> availabilityProperty() {
        return availability.getReadOnlyProperty();
    }

    /** The interpreter's version ("CPython 3.11.7") once found, else null. */
    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** The script line of the last Python run's uncaught exception (1-based), or -1. */
    public ReadOnlyIntegerProperty errorLineProperty() {
        return errorLine.getReadOnlyProperty();
    }

    /** "ZeroDivisionError: division by zero" of the last Python run, or null. */
    public ReadOnlyStringProperty errorSummaryProperty() {
        return errorSummary.getReadOnlyProperty();
    }

    /** A run may start, step mode is off, and python3 was not found missing. */
    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public String installHint() {
        return PythonInterpreter.INSTALL_HINT;
    }
}
