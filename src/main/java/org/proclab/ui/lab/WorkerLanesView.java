package org.proclab.ui.lab;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.proclab.ui.run.RunData;
import org.proclab.ui.session.StepCommands;
import org.proclab.ui.text.UiText;
import org.proclab.viz.lanes.ProcessCpuSampler;
import org.proclab.viz.lanes.WorkerLane;
import org.proclab.viz.lanes.WorkerLanesModel;
import org.proclab.viz.value.SubjectNames;

/**
 * One lane per process of the run. CPU times come from the sampler thread twice a second. In step mode each
 * lane's Step button and "Restart and replay" call the session's step commands.
 */
public final class WorkerLanesView implements LabView {
    private final UiText text;
    private final ProcessCpuSampler cpuSampler;
    private final LabCard card;
    private final VBox rows = new VBox();
    private final Label empty = new Label();
    private final Label count = new Label();
    private final Map<String, LaneRow> byWorker = new LinkedHashMap<>();
    private final Timeline cpuTicker;
    private RunData data;
    private int shownVersion = -1;
    private int shownStepVersion = -1;
    private final Button replay = new Button();
    private final StringProperty selected = new SimpleStringProperty();
    private final StepCommands steps;
    private final QueueStrip queues;
    private final SubjectNames names;

    /**
     * {@code replayable}: the chapter has step mode, so the lanes offer "Restart and replay";
     * {@code exampleSource} (may be null) names the example's queues.
     */
    public WorkerLanesView(UiText text, ProcessCpuSampler cpuSampler, StepCommands steps, boolean replayable,
                           String exampleSource) {
        this.text = text;
        names = SubjectNames.fromSource(exampleSource);
        queues = new QueueStrip(text, names);
        this.steps = steps;
        this.cpuSampler = cpuSampler;
        card = new LabCard("lanes-view", text.bind("lab.lanes"));
        rows.getStyleClass().add("lanes");
        rows.setId("lanes");
        empty.getStyleClass().add("empty-hint");
        empty.textProperty().bind(text.bind("lanes.empty"));
        count.getStyleClass().add("card-note");
        replay.setId("replay-button");
        replay.getStyleClass().add("link-button");
        replay.textProperty().bind(text.bind("step.replay"));
        replay.setVisible(replayable);
        replay.setManaged(replayable);
        replay.setOnAction(e -> steps.replay());
        card.tools().getChildren().addAll(count, replay);
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("lanes-scroll");
        VBox body = new VBox(scroll, queues);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        card.setBody(body);
        rows.getChildren().add(empty);
        cpuTicker = new Timeline(new KeyFrame(Duration.millis(500), e -> measure()));
        cpuTicker.setCycleCount(Timeline.INDEFINITE);
        // The ticker runs only while the lanes are on screen and some process of theirs is alive: an idle
        // window must not wake up twice a second for nothing.
        card.sceneProperty().addListener((obs, a, scene) -> tick());
        text.langProperty().addListener((obs, a, b) -> redraw());
        selected.addListener((obs, a, b) -> redraw());
    }

    private void tick() {
        boolean live = card.getScene() != null && data != null && !data.lanes().livePids().isEmpty();
        if (live && cpuTicker.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            cpuTicker.play();
        } else if (!live && cpuTicker.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            // One last reading, so the lanes keep the final CPU times (stopped first: it refreshes, which ticks).
            cpuTicker.stop();
            measure();
        }
    }

    private void measure() {
        if (data == null) {
            return;
        }
        WorkerLanesModel model = data.lanes();
        cpuSampler.latest().forEach((pid, sample) -> model.measured(pid, sample.cpuNanos(), sample.cpu()));
        cpuSampler.watch(model.livePids());
        refresh(data);
    }

    @Override
    public Node node() {
        return card;
    }

    @Override
    public void refresh(RunData runData) {
        if (runData != data) {
            data = runData;
            shownStepVersion = -1;
            selected.set(null);
            byWorker.clear();
            rows.getChildren().setAll(empty);
            shownVersion = -1;
            cpuSampler.clear();
        }
        if (data.lanes().version() == shownVersion && data.steps().version() == shownStepVersion) {
            return;
        }
        shownVersion = data.lanes().version();
        shownStepVersion = data.steps().version();
        cpuSampler.watch(data.lanes().livePids());
        redraw();
        tick();
    }

    private void redraw() {
        if (data == null) {
            return;
        }
        int live = 0;
        long from = data.firstNanos();
        long to = data.lastNanos();
        for (WorkerLane lane : data.lanes().lanes()) {
            if (lane.spawnedNanos() >= 0) {
                from = Math.min(from, lane.spawnedNanos());
            }
            to = Math.max(to, lane.exitedNanos());
        }
        queues.show(data.lanes().queues());
        for (WorkerLane lane : data.lanes().lanes()) {
            LaneRow row = byWorker.get(lane.name());
            if (row == null) {
                row = new LaneRow(lane.name(), Math.max(0, data.lanes().indexOf(lane.name())), names::label);
                row.setOnStep(steps::step);
                String name = lane.name();
                row.setOnMouseClicked(e -> selected.set(name));
                byWorker.put(lane.name(), row);
                rows.getChildren().remove(empty);
                rows.getChildren().add(row);
            }
            row.update(lane, text);
            row.showSpan(lane, from, to);
            boolean stepMode = data.steps().active();
            row.showStep(data.steps().worker(lane.name()).orElse(null), stepMode,
                    lane.name().equals(shownWorker()), text);
            if (lane.state() != org.proclab.viz.lanes.WorkerState.EXITED) {
                live++;
            }
        }
        count.setText(byWorker.isEmpty() ? "" : text.format("lanes.count", byWorker.size(), live));
    }

    public Button replayButton() {
        return replay;
    }

    /** The worker the learner clicked last (its lane is marked); null for "the one that paused last". */
    public StringProperty selectedWorkerProperty() {
        return selected;
    }

    /** Whose next line the code view shows: the clicked worker, else the one that paused last. */
    public String shownWorker() {
        if (data == null) {
            return null;
        }
        String chosen = selected.get();
        if (chosen != null && data.steps().worker(chosen).isPresent()) {
            return chosen;
        }
        return data.steps().lastPaused().orElse(null);
    }

    @Override
    public double weight() {
        return 1.0;
    }

    @Override
    public void dispose() {
        cpuTicker.stop();
    }
}
