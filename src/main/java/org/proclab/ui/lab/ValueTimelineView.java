package org.proclab.ui.lab;

import java.math.BigDecimal;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.fold.Outcome;
import org.proclab.lesson.OutcomeSpec;
import org.proclab.runtime.event.EventType;
import org.proclab.ui.params.ParamModel;
import org.proclab.ui.params.ParamSwitch;
import org.proclab.ui.run.RunData;
import org.proclab.ui.text.UiText;
import org.proclab.viz.value.ValueOp;
import org.proclab.viz.value.ValueTimelineChart;
import org.proclab.viz.value.ValueTimelineModel;

/**
 * The shared Value: expected vs actual vs lost, the Lock switch bound to the chapter's {@code lock}
 * parameter, and every read and write of each worker on one time axis.
 */
public final class ValueTimelineView implements LabView {
    private final UiText text;
    private final OutcomeSpec outcome;
    private final LabCard card;
    private final ValueTimelineChart chart = new ValueTimelineChart();
    private final ComboBox<String> subject = new ComboBox<>();
    private final StatTile expected;
    private final StatTile actual;
    private final StatTile lost;
    private final ParamSwitch lockSwitch;
    private final java.util.List<Node> lockLegend = new java.util.ArrayList<>();
    private RunData data;
    private int shownVersion = -1;
    private boolean finished;
    private VBox timelineBody;
    private OutcomesPane outcomes;
    private final ToggleButton timelineTab = new ToggleButton();
    private final ToggleButton outcomesTab = new ToggleButton();

    public ValueTimelineView(UiText text, ParamModel params, OutcomeSpec outcome) {
        this.outcome = outcome;
        this.text = text;
        card = new LabCard("value-view", text.bind("lab.value"));
        lockSwitch = new ParamSwitch("lock", text.bind("lab.value.lock"));
        lockSwitch.bind(params, "lock");
        subject.setId("value-subject");
        subject.getStyleClass().add("compact");
        subject.setVisible(false);
        subject.setManaged(false);
        subject.valueProperty().addListener((obs, a, b) -> redraw());
        card.tools().getChildren().addAll(subject, lockSwitch);

        expected = new StatTile("stat-expected", text.bind("lab.value.expected"));
        actual = new StatTile("stat-actual", text.bind("lab.value.actual"));
        lost = new StatTile("stat-lost", text.bind("lab.value.lost"));
        HBox stats = new HBox(expected, actual, lost);
        stats.getStyleClass().add("stat-row");
        stats.setAlignment(Pos.CENTER_LEFT);

        chart.setId("value-timeline-chart");
        chart.setColorIndex(w -> data == null ? 0 : data.lanes().indexOf(w));
        chart.setDescriber(this::describe);
        chart.setMinHeight(120);
        VBox body = new VBox(stats, chart, legend());
        body.getStyleClass().add("value-body");
        VBox.setVgrow(chart, Priority.ALWAYS);
        timelineBody = body;
        card.setBody(body);
        text.langProperty().addListener((obs, a, b) -> {
            applyLabels();
            update();
        });
        applyLabels();
    }

    private Node legend() {
        HBox box = new HBox();
        box.getStyleClass().add("value-legend");
        box.setAlignment(Pos.CENTER_RIGHT);
        lockLegend.add(legendItem("glyph-hold", "lab.value.legend.hold"));
        lockLegend.add(legendItem("glyph-wait", "lab.value.legend.wait"));
        lockLegend.forEach(n -> {
            n.setVisible(false);
            n.setManaged(false);
        });
        box.getChildren().addAll(lockLegend);
        box.getChildren().addAll(legendItem("glyph-read", "lab.value.legend.read"),
                legendItem("glyph-write", "lab.value.legend.write"),
                legendItem("glyph-atomic", "lab.value.legend.atomic"),
                legendItem("glyph-lost", "lab.value.legend.lost"));
        return box;
    }

    private Node legendItem(String glyphClass, String key) {
        Region glyph = new Region();
        glyph.getStyleClass().addAll("legend-glyph", glyphClass);
        Label label = new Label();
        label.textProperty().bind(text.bind(key));
        label.getStyleClass().add("legend-label");
        HBox item = new HBox(glyph, label);
        item.getStyleClass().add("legend-entry");
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    private void applyLabels() {
        chart.setLabels(text.get("lab.value.row"), text.get("lab.value.lostMark"), text.get("lab.value.empty"));
    }

    private String describe(ValueOp op) {
        String what;
        if (op.kind() == EventType.VALUE_READ) {
            what = text.format("lab.value.hover.read", op.worker(), op.newValue());
        } else if (op.kind() == EventType.VALUE_ATOMIC) {
            what = text.format("lab.value.hover.atomic", op.worker(), op.oldValue(), op.newValue());
        } else if (op.lost()) {
            what = text.format("lab.value.hover.lost", op.worker(), op.newValue(), op.seen(), op.oldValue());
        } else {
            what = text.format("lab.value.hover.write", op.worker(), op.oldValue(), op.newValue());
        }
        double ms = data == null ? 0 : (op.timeNanos() - data.firstNanos()) / 1e6;
        return what + "\n" + String.format(java.util.Locale.ROOT, "t = %.3f ms", ms);
    }

    @Override
    public Node node() {
        return card;
    }

    @Override
    public void refresh(RunData runData) {
        boolean done = runData.exited() != null;
        if (runData == data && runData.values().version() == shownVersion && done == finished) {
            return;
        }
        if (runData != data) {
            subject.getItems().clear();
        }
        data = runData;
        finished = done;
        shownVersion = runData.values().version();
        if (!subject.getItems().equals(data.values().subjects())) {
            String keep = subject.getValue();
            subject.getItems().setAll(data.values().subjects());
            boolean many = subject.getItems().size() > 1;
            subject.setVisible(many);
            subject.setManaged(many);
            subject.setValue(keep != null && subject.getItems().contains(keep) ? keep
                    : data.values().mainSubject().orElse(null));
        }
        redraw();
    }

    private void redraw() {
        if (data == null) {
            return;
        }
        Optional<ValueTimelineModel.Track> track = Optional.ofNullable(subject.getValue())
                .flatMap(s -> data.values().track(s));
        chart.setModel(data.values());
        chart.show(track.orElse(null), data.firstNanos(), Math.max(data.values().lastNanos(), data.lastNanos()));
        boolean locks = data.values().hasLockSpans();
        for (Node n : lockLegend) {
            n.setVisible(locks);
            n.setManaged(locks);
        }
        update();
    }

    /** Expected vs actual: the reports the chapter declares as its outcome when there, else what the events show. */
    private void update() {
        if (data == null) {
            return;
        }
        Optional<ValueTimelineModel.Track> track = Optional.ofNullable(subject.getValue())
                .flatMap(s -> data.values().track(s));
        Outcome figures = Outcome.of(outcome, data.reports());
        String exp = figures.expected() != null ? Long.toString(figures.expected())
                : track.flatMap(ValueTimelineModel.Track::runningExpected).map(ValueTimelineView::plain).orElse(null);
        String act = figures.finalValue() != null ? Long.toString(figures.finalValue())
                : track.map(ValueTimelineModel.Track::current).orElse(null);
        String lostText = null;
        if (figures.lost() != null) {
            lostText = Long.toString(figures.lost());
        } else {
            BigDecimal e = number(exp);
            BigDecimal a = number(act);
            if (e != null && a != null && (finished || figures.expected() == null)) {
                lostText = plain(e.subtract(a));
            }
        }
        int lostWrites = track.map(ValueTimelineModel.Track::lostWrites).orElse(0);
        int writes = track.map(ValueTimelineModel.Track::writes).orElse(0);
        expected.set(exp, null, null);
        boolean same = exp != null && act != null && number(exp) != null && number(act) != null
                && number(exp).compareTo(number(act)) == 0;
        actual.set(act, writes > 0 ? text.format("lab.value.writes", writes) : null,
                finished && exp != null && act != null ? same : null);
        // An overwriting write is marked at once (a stepped run may pause right after it), not only at the end.
        Boolean lostGood = lostWrites > 0 ? Boolean.FALSE : lostText == null || !finished ? null
                : number(lostText) != null && number(lostText).signum() == 0;
        lost.set(lostText, lostWrites > 0 ? text.format("lab.value.lostWrites", lostWrites) : null, lostGood);
    }

    private static BigDecimal number(String s) {
        try {
            return s == null ? null : new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    public ParamSwitch lockSwitch() {
        return lockSwitch;
    }

    /**
     * Adds the outcome histogram of many runs (the lock chapter): a Timeline / Outcomes switch in the header
     * shows one or the other in this card, so the Lock switch serves both.
     */
    public void enableOutcomes(OutcomesPane pane) {
        outcomes = pane;
        ToggleGroup tabs = new ToggleGroup();
        timelineTab.setToggleGroup(tabs);
        outcomesTab.setToggleGroup(tabs);
        timelineTab.setId("tab-timeline");
        outcomesTab.setId("tab-outcomes");
        timelineTab.textProperty().bind(text.bind("lab.value.tab.timeline"));
        outcomesTab.textProperty().bind(text.bind("lab.value.tab.outcomes"));
        timelineTab.getStyleClass().addAll("segment", "first");
        outcomesTab.getStyleClass().addAll("segment", "last");
        timelineTab.setSelected(true);
        // A segmented switch: clicking the selected one must not leave neither selected.
        tabs.selectedToggleProperty().addListener((obs, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            } else {
                card.setBody(now == outcomesTab ? outcomes : timelineBody);
            }
        });
        HBox box = new HBox(timelineTab, outcomesTab);
        box.getStyleClass().add("segmented");
        box.setMinWidth(Region.USE_PREF_SIZE);
        card.tools().getChildren().add(0, box);
    }

    /** Shows the outcome histogram (true) or the timeline of the last run (false). */
    public void showOutcomes(boolean show) {
        if (outcomes != null) {
            (show ? outcomesTab : timelineTab).setSelected(true);
        }
    }

    public OutcomesPane outcomes() {
        return outcomes;
    }

    @Override
    public double weight() {
        return 1.7;
    }
}
