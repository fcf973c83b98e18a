package org.proclab.ui.session;

import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.proclab.compile.SourceCompiler;
import org.proclab.exercise.CheckVerdict;
import org.proclab.exercise.ExerciseChecker;
import org.proclab.ui.session.settings.EditStore;

/**
 * Checks the exercise on screen on real processes ({@link ExerciseChecker}, on its own thread) and keeps
 * which exercises have passed, saved beside the settings. One check at a time; {@link #stop()} ends it.
 */
public final class ExerciseProgress {
    private final EditStore store;
    private final CodeEdits edits;
    private final ObservableMap<String, String> results = FXCollections.observableHashMap();
    private final ObservableMap<String, String> resultsView = FXCollections.unmodifiableObservableMap(results);
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<CheckVerdict> verdict = new ReadOnlyObjectWrapper<>();
    private ExerciseChecker checker;

    ExerciseProgress(EditStore store, CodeEdits edits) {
        this.store = store;
        this.edits = edits;
        results.putAll(store.exercises());
        edits.shownProperty().addListener((obs, a, b) -> verdict.set(null));
    }

    /** Checks the exercise on screen; does nothing while a check runs or when the editor shows an example. */
    public void check() {
        CodeTarget target = edits.shown();
        if (target == null || !target.isExercise() || checking.get()) {
            return;
        }
        String source = edits.source(target);
        ExerciseChecker mine = new ExerciseChecker(SourceCompiler.standard());
        checker = mine;
        checking.set(true);
        verdict.set(null);
        Thread t = new Thread(() -> {
            CheckVerdict v;
            try {
                v = mine.check(target.chapter(), target.exercise(), source);
            } catch (Exception ex) {
                v = CheckVerdict.fail("exercise.error", ex.toString());
            }
            CheckVerdict result = v;
            Platform.runLater(() -> finished(target, mine, result));
        }, "exercise-check");
        t.setDaemon(true);
        t.start();
    }

    private void finished(CodeTarget target, ExerciseChecker mine, CheckVerdict v) {
        if (checker != mine) {
            return;
        }
        checker = null;
        checking.set(false);
        if (!"exercise.stopped".equals(v.key())) {
            store.putExercise(target.key(), v.passed());
            results.put(target.key(), store.exercises().get(target.key()));
        }
        if (target.equals(edits.shown())) {
            verdict.set(v);
        }
    }

    /** Ends a check that is running (its run host and workers within about a second). */
    public void stop() {
        ExerciseChecker c = checker;
        if (c != null) {
            c.stop();
        }
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** The verdict of the last check of the exercise on screen, or null. */
    public ReadOnlyObjectProperty<CheckVerdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** Exercise key ("lock--no-lost") to "passed" or "failed"; a pass is never downgraded. */
    public ObservableMap<String, String> results() {
        return resultsView;
    }

    public boolean passed(CodeTarget target) {
        return "passed".equals(results.get(target.key()));
    }

    Map<String, String> saved() {
        return store.exercises();
    }
}
