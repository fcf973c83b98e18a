package org.proclab.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.proclab.host.HostCommand;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.ViewKind;
import org.proclab.ui.params.ParamModel;
import org.proclab.ui.run.ConsoleLine;
import org.proclab.ui.run.RepeatController;
import org.proclab.ui.run.RunController;
import org.proclab.ui.run.RunData;
import org.proclab.ui.run.RunState;

/**
 * The session's runs: starts, repetitions, steps and replays of the chapter on screen with their guards, and
 * what is said when a run ends (status line, console notes, chapters run, the prediction graded).
 */
final class SessionRuns {
    private final LabSession session;
    private final RunController run;
    private final RepeatController repeat;
    private final Messages messages;
    private final CodeRuns codeRuns;
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStop = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRepeat = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper boardVersion = new ReadOnlyLongWrapper();
    private final List<Runnable> onUpdate = new ArrayList<>();
    /** The chapter the run controller ran last. */
    private String runChapterId;
    /** A replay waiting for the stepped run it interrupted to end. */
    private List<String> pendingReplay;

    SessionRuns(LabSession session, RunController run, RepeatController repeat, Messages messages) {
        this.session = session;
        this.run = run;
        this.repeat = repeat;
        this.messages = messages;
        this.codeRuns = new CodeRuns(session, run, messages);
        run.setOnUpdate(d -> {
            if (showsRunChapter()) {
                fireUpdate();
            }
        });
        run.stateProperty().addListener((obs, before, now) -> onState(now));
        repeat.setOnUpdate(board -> boardVersion.set(boardVersion.get() + 1));
        repeat.runningProperty().addListener((obs, a, b) -> {
            updateGuards();
            boardVersion.set(boardVersion.get() + 1);
        });
    }

    void addOnUpdate(Runnable action) {
        onUpdate.add(action);
    }

    private void fireUpdate() {
        for (Runnable r : List.copyOf(onUpdate)) {
            r.run();
        }
    }

    private boolean showsRunChapter() {
        Chapter c = session.currentChapter();
        return c != null && c.id().equals(runChapterId);
    }

    void runShown() {
        Chapter c = session.currentChapter();
        start(c != null && c.views().contains(ViewKind.STEP) && session.stepModeProperty().get(), List.of());
    }

    /** Starts the chapter on screen unless a run or repetitions are active or its parameters are invalid. */
    void start(boolean stepping, List<String> replaySteps) {
        ParamModel params = guardedParams();
        if (params == null) {
            return;
        }
        Chapter c = session.currentChapter();
        runChapterId = c.id();
        Map<String, String> values = params.snapshot();
        CodeTarget code = session.edits().shown();
        boolean learnerCode = code != null && code.chapter().id().equals(c.id()) && codeRuns.needsCompile(code);
        boolean started = learnerCode ? codeRuns.start(code, values, stepping, replaySteps)
                : run.start(c.id(), values, stepping, replaySteps);
        if (started) {
            String key = stepping ? "console.startedStepping" : "console.started";
            StringBuilder settings = new StringBuilder();
            values.forEach((k, v) -> settings.append("  ").append(k).append('=').append(v));
            // An exercise's code sets its own numbers: the chapter's parameters on this line would mislead.
            boolean exercise = learnerCode && code.isExercise();
            note(key, exercise ? "" : settings.toString(), exercise ? code.fileName() : c.id());
            session.setStatus(StatusMessage.NONE);
        }
        session.setShownData(run.data());
        fireUpdate();
    }

    /** The chapter on screen in CPython (never stepped), under the same guards as a Java run. */
    void startPython() {
        ParamModel params = guardedParams();
        if (params == null) {
            return;
        }
        Chapter c = session.currentChapter();
        runChapterId = c.id();
        Map<String, String> values = params.snapshot();
        if (run.startPython(c.id(), values)) {
            StringBuilder line = new StringBuilder(messages.format("console.startedPython", c.id()));
            values.forEach((k, v) -> line.append("  ").append(k).append('=').append(v));
            run.data().note(line.toString());
            session.setStatus(StatusMessage.NONE);
        }
        session.setShownData(run.data());
        fireUpdate();
    }

    /** "Run N times" for the chapter on screen, under the same guards as a run. */
    void repeat(int count) {
        ParamModel params = guardedParams();
        if (params != null) {
            repeat.start(session.currentChapter().id(), params.snapshot(), count);
        }
    }

    /** The parameters to start with, or null (and the reason on the status line) when nothing may start. */
    private ParamModel guardedParams() {
        Chapter c = session.currentChapter();
        if (c == null || run.state().active() || repeat.running()) {
            return null;
        }
        ParamModel params = session.params(c.id());
        if (!params.validProperty().get()) {
            session.setStatus(StatusMessage.of("status.invalidParams"));
            return null;
        }
        return params;
    }

    boolean step(String worker) {
        return run.stepped() && run.step(worker);
    }

    /** The last stepped run of the chapter on screen again; a stepped run still going is stopped first. */
    void replay() {
        if (!showsRunChapter() || !run.data().steps().active()) {
            return;
        }
        List<String> steps = run.data().steps().sequence();
        session.stepModeProperty().set(true);
        if (run.state().active()) {
            pendingReplay = steps;
            run.stop();
        } else {
            start(true, steps);
        }
    }

    void chapterShown() {
        pendingReplay = null;
    }

    void stopAll() {
        run.stop();
        repeat.stop();
    }

    void shutdown() {
        run.shutdown();
        repeat.shutdown();
    }

    private void onState(RunState state) {
        updateGuards();
        if (state != RunState.FINISHED && state != RunState.FAILED && state != RunState.STOPPED) {
            return;
        }
        RunData d = run.data();
        String key = state == RunState.FINISHED ? "status.finished"
                : state == RunState.STOPPED ? "status.stopped" : "status.failed";
        int exit = d.exitCode();
        String seconds = String.format(Locale.ROOT, "%.1f", run.elapsedSeconds());
        session.setStatus(StatusMessage.of(key, runChapterId, seconds, exit));
        if (state == RunState.FINISHED && runChapterId != null) {
            session.markRun(runChapterId);
            session.chapter(runChapterId).ifPresent(ran ->
                    session.predictions().finished(ran, session.params(ran.id()).snapshot(), d.reports()));
        }
        if (run.language() == HostCommand.Language.PYTHON) {
            session.python().finished(d);
        }
        note(key, "", runChapterId, seconds, exit);
        codeRuns.afterRun(d);
        if (d.survivors() > 0) {
            note("status.survivors", "", d.survivors());
        }
        fireUpdate();
        if (pendingReplay != null) {
            // Not inside the state listener that told us the run ended: the controller is still finishing.
            List<String> steps = pendingReplay;
            pendingReplay = null;
            Platform.runLater(() -> start(true, steps));
        }
    }

    /** A console note in the language on screen, with its key so a language switch can say it again. */
    private void note(String key, String suffix, Object... args) {
        run.data().note(messages.format(key, args) + suffix, new ConsoleLine.Message(key, List.of(args), suffix));
    }

    void updateGuards() {
        boolean active = run.state().active();
        Chapter c = session.currentChapter();
        ParamModel params = c == null ? null : session.params(c.id());
        running.set(active);
        canRun.set(!active && !repeat.running() && params != null && params.validProperty().get());
        canStop.set(active && run.state() != RunState.STOPPING);
        canRepeat.set(!active && !repeat.running());
    }

    String runChapterId() {
        return runChapterId;
    }

    RunController runController() {
        return run;
    }

    RepeatController repeatController() {
        return repeat;
    }

    ReadOnlyBooleanProperty canRun() {
        return canRun.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canStop() {
        return canStop.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRepeat() {
        return canRepeat.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyLongProperty boardVersion() {
        return boardVersion.getReadOnlyProperty();
    }
}
