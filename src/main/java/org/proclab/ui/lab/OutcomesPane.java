package org.proclab.ui.lab;

import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.lesson.outcome.Grade;
import org.proclab.lesson.outcome.OutcomeGrader;
import org.proclab.ui.session.RepeatCommands;
import org.proclab.ui.text.UiText;
import org.proclab.viz.outcome.OutcomeBoard;
import org.proclab.viz.outcome.OutcomeChart;

/**
 * The outcome histogram of the lock race: "Run 100 times" with a progress bar and Stop, then the final values
 * of lock off and lock on side by side, each bar coloured and labelled expected, interesting or forbidden.
 * The buttons call the session's repeat commands, which run the repetitions in the background.
 */
public final class OutcomesPane extends VBox {
    private static final PseudoClass FORBIDDEN = PseudoClass.getPseudoClass("forbidden");

    private final UiText text;
    private final IntegerProperty runs = new SimpleIntegerProperty(100);
    private final Button run = new Button();
    private final Button stop = new Button();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label count = new Label();
    private final Column off;
    private final Column on;
    private OutcomeBoard board;
    private boolean running;

    public OutcomesPane(UiText text, RepeatCommands commands) {
        this.text = text;
        setId("outcomes-pane");
        getStyleClass().add("outcomes-pane");
        run.setId("repeat-button");
        run.getStyleClass().add("repeat-button");
        run.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> text.format("outcomes.run", runs.get()), runs, text.langProperty()));
        stop.setId("repeat-stop");
        stop.getStyleClass().add("repeat-stop");
        stop.textProperty().bind(text.bind("run.stop"));
        stop.setDisable(true);
        run.setOnAction(e -> commands.repeat(runs.get()));
        stop.setOnAction(e -> commands.stopRepeat());
        progress.setId("repeat-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        count.setId("repeat-count");
        count.getStyleClass().add("card-note");
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox controls = new HBox(run, progress, count, stop);
        controls.getStyleClass().add("outcomes-controls");
        controls.setAlignment(Pos.CENTER_LEFT);

        off = new Column("outcomes-off");
        on = new Column("outcomes-on");
        HBox columns = new HBox(off, on);
        columns.getStyleClass().add("outcomes-columns");
        HBox.setHgrow(off, Priority.ALWAYS);
        HBox.setHgrow(on, Priority.ALWAYS);
        VBox.setVgrow(columns, Priority.ALWAYS);

        HBox legend = new HBox(legendItem("grade-expected", "outcomes.legend.expected"),
                legendItem("grade-interesting", "outcomes.legend.interesting"),
                legendItem("grade-forbidden", "outcomes.learner.forbidden"));
        legend.getStyleClass().add("value-legend");
        legend.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(controls, columns, legend);
        text.langProperty().addListener((obs, a, b) -> update());
        update();
    }

    private HBox legendItem(String gradeClass, String key) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", gradeClass);
        Label label = new Label();
        label.textProperty().bind(text.bind(key));
        label.getStyleClass().add("legend-label");
        HBox item = new HBox(swatch, label);
        item.getStyleClass().add("legend-entry");
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    /** How many repetitions "Run N times" asks for (100; tests ask for fewer). */
    public IntegerProperty runsProperty() {
        return runs;
    }

    /** Shows the board; {@code canStart} is false while a normal run is active. */
    public void show(OutcomeBoard shown, boolean repeating, boolean canStart) {
        board = shown;
        running = repeating;
        run.setDisable(repeating || !canStart);
        stop.setDisable(!repeating);
        update();
    }

    private void update() {
        Optional<OutcomeBoard.Series> current = board == null ? Optional.empty() : board.running();
        if (current.isPresent()) {
            progress.setProgress(current.get().progress());
            count.setText(text.format("outcomes.progress", current.get().done(), current.get().planned()));
        } else {
            progress.setProgress(0);
            count.setText(running ? text.get("outcomes.starting") : "");
        }
        off.show(board == null ? Optional.empty() : board.lockOff(), "outcomes.off");
        on.show(board == null ? Optional.empty() : board.lockOn(), "outcomes.on");
    }

    OutcomeChart chart(boolean lockOn) {
        return (lockOn ? on : off).chart;
    }

    /** One side: title, chart, a line of what it shows. */
    private final class Column extends VBox {
        private final Label title = new Label();
        private final OutcomeChart chart = new OutcomeChart();
        private final Label summary = new Label();

        Column(String id) {
            setId(id);
            getStyleClass().add("outcomes-column");
            title.setId(id + "-title");
            title.getStyleClass().add("section-caption");
            chart.setId(id + "-chart");
            summary.setId(id + "-summary");
            summary.getStyleClass().add("outcomes-summary");
            summary.setWrapText(true);
            VBox.setVgrow(chart, Priority.ALWAYS);
            getChildren().addAll(title, chart, summary);
            setMinWidth(0);
        }

        void show(Optional<OutcomeBoard.Series> series, String titleKey) {
            chart.setTexts(text.get("outcomes.empty"), text.get("outcomes.learner.bug"));
            if (series.isEmpty()) {
                title.setText(text.get(titleKey));
                chart.show(java.util.List.of());
                summary.setText("");
                pseudoClassStateChanged(FORBIDDEN, false);
                return;
            }
            OutcomeBoard.Series s = series.get();
            OutcomeGrader g = s.histogram().grader();
            title.setText(text.get(titleKey) + " \u00b7 lock=" + g.lockMode());
            chart.show(s.histogram().bars());
            int forbidden = s.histogram().count(Grade.FORBIDDEN);
            String line = text.format("outcomes.summary", s.done(), s.histogram().bars().size(), g.expected(),
                    s.histogram().count(Grade.EXPECTED));
            if (s.stopped()) {
                line += "  " + text.get("outcomes.stopped");
            }
            if (forbidden > 0) {
                line += "\n" + text.format("outcomes.learner.forbiddenFound", forbidden);
            }
            summary.setText(line);
            pseudoClassStateChanged(FORBIDDEN, forbidden > 0);
        }
    }
}
