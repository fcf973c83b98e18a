package org.proclab.ui.lab;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.proclab.lesson.OutcomeSpec;
import org.proclab.runtime.event.EventType;
import org.proclab.ui.params.ParamModel;
import org.proclab.ui.run.RunData;
import org.proclab.ui.text.UiText;
import org.proclab.viz.value.LockTurns;
import org.proclab.viz.value.SubjectNames;
import org.proclab.viz.value.ValueOp;
import org.proclab.viz.value.ValueTimelineChart;
import org.proclab.viz.value.ValueTimelineModel;

/**
 * The shared Value: expected vs actual vs lost (where the chapter declares that outcome), the Lock switch
 * bound to the chapter's {@code lock} parameter, every read and write of each worker on one time axis, and
 * who got the lock how often.
 */
public final class ValueTimelineView implements LabView {
    private final UiText text;
    private final LabCard card;
    private final ValueTimelineChart chart = new ValueTimelineChart();
    private final Label turns = new Label();
    private final ComboBox<String> subject = new ComboBox<>();
    private final ValueStats stats;
    private final LockSwitch lockSwitch;
    private final SubjectNames names;
    private final java.util.List<Node> lockLegend = new java.util.ArrayList<>();
    private RunData data;
    private int shownVersion = -1;
    private boolean finished;
    private long turnsNanos;
    private boolean outcomeDeclared;
    private VBox timelineBody;
    private OutcomesPane outcomes;
    private final ToggleButton timelineTab = new ToggleButton();
    private final ToggleButton outcomesTab = new ToggleButton();

    /** {@code exampleSource}: the chapter's example, for the variable names of its Values (may be null). */
    public ValueTimelineView(UiText text, ParamModel params, OutcomeSpec outcome, String exampleSource) {
        this.text = text;
        names = SubjectNames.fromSource(exampleSource);
        card = new LabCard("value-view", text.bind("lab.value"));
        lockSwitch = new LockSwitch(text, params);
        subject.setId("value-subject");
        subject.getStyleClass().add("compact");
        subject.setVisible(false);
        subject.setManaged(false);
        subject.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return names.label(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        subject.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : names.label(item));
            }
        });
        subject.valueProperty().addListener((obs, a, b) -> redraw());
        card.tools().getChildren().addAll(subject, lockSwitch);

        stats = new ValueStats(text, outcome);
        outcomeDeclared = outcome != null && outcome.declared();
        chart.setId("value-timeline-chart");
        chart.setColorIndex(w -> data == null ? 0 : data.lanes().indexOf(w));
        chart.setDescriber(this::describe);
        chart.setMinHeight(130);
        turns.setId("lock-turns");
        turns.getStyleClass().add("value-turns");
        turns.setWrapText(true);
        turns.setMinHeight(Region.USE_PREF_SIZE);
        turns.setManaged(false);
        turns.setVisible(false);
        VBox body = new VBox(stats, chart, turns, legend());
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
                legendItem("glyph-atomic", "lab.value.legend.atomic"));
        // Stale writes and lost updates are the lesson of a chapter that declares its outcome; elsewhere they
        // would explain marks that never appear.
        if (outcomeDeclared) {
            box.getChildren().addAll(legendItem("glyph-stale", "lab.value.legend.stale"),
                    legendItem("glyph-lost", "lab.value.legend.lost"));
        }
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
        chart.setLabels(rowLabel(), text.get("lab.value.lostMark"), text.get("lab.value.lostCluster"),
                text.get("lab.value.empty"));
    }

    /** The value row says which variable it is ("counter"), in the example's own name. */
    private String rowLabel() {
        String s = subject.getValue();
        return s == null ? text.get("lab.value.row") : names.label(s);
    }

    private Optional<ValueTimelineModel.Track> track() {
        return data == null ? Optional.empty()
                : Optional.ofNullable(subject.getValue()).flatMap(s -> data.values().track(s));
    }

    private String describe(ValueOp op) {
        String name = names.label(op.subject());
        ValueTimelineModel.Track t = track().orElse(null);
        ValueOp by = t == null ? null : t.lostTo(op).orElse(null);
        String what;
        if (op.kind() == EventType.VALUE_READ) {
            what = text.format("lab.value.hover.read", op.worker(), op.newValue());
        } else if (by != null) {
            what = text.format("lab.value.hover.vanished", op.worker(), op.newValue(), by.worker(), by.newValue(),
                    by.seen(), name);
        } else if (op.kind() == EventType.VALUE_ATOMIC) {
            what = text.format("lab.value.hover.atomic", op.worker(), op.oldValue(), op.newValue());
        } else if (op.overwrote()) {
            String victims = t == null ? "" : t.erasedBy(op).stream().map(ValueOp::worker).distinct()
                    .collect(Collectors.joining(", "));
            what = text.format("lab.value.hover.stale", op.worker(), op.newValue(), op.seen(), op.oldValue(),
                    victims.isEmpty() ? "?" : victims);
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
        applyLabels();
        chart.setModel(data.values());
        chart.show(track().orElse(null), data.firstNanos(), Math.max(data.values().lastNanos(), data.lastNanos()));
        boolean locks = data.values().hasLockSpans();
        for (Node n : lockLegend) {
            n.setVisible(locks);
            n.setManaged(locks);
        }
        update();
    }

    private void update() {
        if (data == null) {
            return;
        }
        stats.update(data, track(), finished);
        long now = System.nanoTime();
        // Sorting every acquire of a long run each frame would cost; twice a second (and at the end) is enough.
        if (!finished && now - turnsNanos < 500_000_000L) {
            return;
        }
        turnsNanos = now;
        List<LockTurns.Share> shares = data.values().hasLockSpans()
                ? LockTurns.of(data.values(), data.lanes().lanes().stream().map(l -> l.name()).collect(
                        Collectors.toList())) : List.of();
        // Under the rows, not on them (where it hid the marks): how often each worker got the lock and its
        // longest run, which shows the lock is not fair.
        turns.setText(shares.stream().map(s -> text.format("lab.lock.share", s.worker(), s.acquires(),
                s.longestRun())).collect(Collectors.joining("   ·   ")));
        turns.setVisible(!shares.isEmpty());
        turns.setManaged(!shares.isEmpty());
    }

    /** The switch of the {@code lock} parameter (a ControlsFX ToggleSwitch with id {@code lock-switch}). */
    public org.controlsfx.control.ToggleSwitch lockSwitch() {
        return lockSwitch.toggle();
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
