package org.proclab.ui.lab;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import org.proclab.fold.Outcome;
import org.proclab.lesson.OutcomeSpec;
import org.proclab.ui.run.RunData;
import org.proclab.ui.text.UiText;
import org.proclab.viz.value.ValueTimelineModel;

/**
 * Expected / Actual / Lost, for a chapter that declares its outcome (the lock chapter): the figures are
 * {@link Outcome}'s, read from the run's reports; while a run goes on, Actual follows the value and Lost
 * counts the lost updates marked so far. A chapter without an outcome has no tiles: they would mean nothing.
 */
final class ValueStats extends HBox {
    private final UiText text;
    private final OutcomeSpec outcome;
    private final StatTile expected;
    private final StatTile actual;
    private final StatTile lost;

    ValueStats(UiText text, OutcomeSpec outcome) {
        this.text = text;
        this.outcome = outcome;
        expected = new StatTile("stat-expected", text.bind("lab.value.expected"));
        actual = new StatTile("stat-actual", text.bind("lab.value.actual"));
        lost = new StatTile("stat-lost", text.bind("lab.value.lost"));
        getChildren().addAll(expected, actual, lost);
        getStyleClass().add("stat-row");
        setAlignment(Pos.CENTER_LEFT);
        boolean shown = outcome != null && outcome.declared();
        setVisible(shown);
        setManaged(shown);
    }

    void update(RunData data, Optional<ValueTimelineModel.Track> track, boolean finished) {
        Outcome figures = Outcome.of(outcome, data.reports());
        String exp = figures.expected() != null ? Long.toString(figures.expected()) : null;
        String act = figures.finalValue() != null ? Long.toString(figures.finalValue())
                : track.map(ValueTimelineModel.Track::current).orElse(null);
        int lostWrites = track.map(ValueTimelineModel.Track::lostWrites).orElse(0);
        int writes = track.map(ValueTimelineModel.Track::writes).orElse(0);
        expected.set(exp, null, null);
        actual.set(act, writes > 0 ? text.format("lab.value.writes", writes) : null,
                figures.complete() && finished ? figures.lost() == 0 : null);
        // Marks are a live hint; once the run reports its outcome, that figure alone is shown.
        String marked = lostWrites > 0 && !figures.complete() ? text.format("lab.value.lostMarked", lostWrites) : null;
        // A lost update is marked at once (a stepped run may pause right after it), not only at the end.
        Boolean good = lostWrites > 0 ? Boolean.FALSE : figures.complete() && finished ? figures.lost() == 0 : null;
        lost.set(figures.complete() ? Long.toString(figures.lost()) : null, marked, good);
    }
}
