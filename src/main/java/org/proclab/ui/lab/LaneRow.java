package org.proclab.ui.lab;

import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.proclab.ui.text.UiText;
import org.proclab.ui.theme.UiFonts;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.proclab.viz.lanes.ExitCodes;
import org.proclab.viz.lanes.LifetimeBar;
import org.proclab.viz.lanes.WorkerLane;
import org.proclab.viz.lanes.WorkerState;
import org.proclab.fold.StepTracker;

/**
 * One worker's lane: name, pid, state (a word and a colour, with what an exit code means), CPU time; below,
 * its latest output line and its latest put or get on a queue; under those its lifetime bar.
 */
final class LaneRow extends HBox {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");

    private final Label name = new Label();
    private final Label pid = new Label();
    private final Label output = new Label();
    private final Label state = new Label();
    private final Label cpu = new Label();
    private final Region dot = new Region();
    private final Button step = new Button();
    private final Label queueOp = new Label();
    private final Label life = new Label();
    private final Label exit = new Label();
    private final HBox detail = new HBox(10);
    private final Tooltip stateTip = new Tooltip();
    private final LifetimeBar bar = new LifetimeBar();
    private final String worker;
    private final java.util.function.UnaryOperator<String> names;
    private WorkerState shownState;

    LaneRow(String worker, int index, java.util.function.UnaryOperator<String> names) {
        this.worker = worker;
        this.names = names;
        getStyleClass().add("lane");
        setId("lane-" + worker);
        setAlignment(Pos.CENTER_LEFT);
        dot.getStyleClass().addAll("lane-marker", "series-" + (index % 8));
        name.getStyleClass().add("lane-name");
        name.setText(worker);
        name.setMinWidth(Region.USE_PREF_SIZE);
        pid.getStyleClass().add("lane-pid");
        pid.setStyle(UiFonts.monoStyle());
        pid.setMinWidth(Region.USE_PREF_SIZE);
        output.getStyleClass().add("lane-output");
        output.setStyle(UiFonts.monoStyle());
        output.setTextOverrun(OverrunStyle.ELLIPSIS);
        output.setMinWidth(0);
        state.getStyleClass().add("state-pill");
        state.setId("state-" + worker);
        state.setMinWidth(Region.USE_PREF_SIZE);
        cpu.getStyleClass().add("lane-cpu");
        cpu.setMinWidth(Region.USE_PREF_SIZE);
        // One line per process: the eye runs down the state column to compare workers.
        HBox.setHgrow(output, Priority.ALWAYS);
        output.setMaxWidth(Double.MAX_VALUE);
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.getStyleClass().add("lane-who");
        step.setId("step-" + worker);
        step.getStyleClass().add("step-button");
        step.setStyle(UiFonts.monoStyle());
        step.setMinWidth(Region.USE_PREF_SIZE);
        step.setVisible(false);
        step.setManaged(false);
        queueOp.getStyleClass().addAll("lane-output", "lane-queue");
        queueOp.setVisible(false);
        queueOp.setManaged(false);
        queueOp.setId("lane-queue-" + worker);
        queueOp.setStyle(UiFonts.monoStyle());
        life.getStyleClass().addAll("lane-life");
        life.setId("lane-life-" + worker);
        life.setMinWidth(Region.USE_PREF_SIZE);
        exit.getStyleClass().add("lane-exit");
        exit.setId("lane-exit-" + worker);
        exit.setWrapText(true);
        bar.setId("lifetime-" + worker);
        bar.setColorIndex(index);
        bar.getStyleClass().add("lifetime-bar");
        bar.setMinHeight(10);
        bar.setPrefHeight(10);
        bar.setMaxHeight(10);
        Tooltip.install(state, stateTip);
        // The bar fills the middle of the lane's one line: every lane shares the run's time axis.
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.setMinWidth(40);
        bar.setPrefWidth(120);
        bar.setMaxWidth(Double.MAX_VALUE);
        // Two lines, so that a lane fits the narrowest window whole: who and where it is in its life on
        // the first, what it printed and what it cost on the second.
        HBox top = new HBox(10, name, pid, step, bar, state);
        top.getStyleClass().add("lane-line");
        top.setAlignment(Pos.CENTER_LEFT);
        detail.getChildren().setAll(output, life, cpu);
        detail.getStyleClass().add("lane-line");
        detail.setAlignment(Pos.CENTER_LEFT);
        VBox column = new VBox(2, top, detail, queueOp, exit);
        column.getStyleClass().add("lane-column");
        HBox.setHgrow(column, Priority.ALWAYS);
        exit.setVisible(false);
        exit.setManaged(false);
        getChildren().addAll(dot, column);
    }

    /** Places the lifetime bar on the run's time span (nanoTime). */
    void showSpan(WorkerLane lane, long fromNanos, long toNanos) {
        bar.show(fromNanos, toNanos, lane.spawnedNanos(), lane.startedNanos(), lane.exitedNanos());
        // The main process has no spawn event: its bar stays an empty track, holding the column in line.
        bar.setOpacity(lane.spawnedNanos() >= 0 ? 1 : 0);
    }

    /** The Step button fires this with the worker's name. */
    void setOnStep(Consumer<String> action) {
        step.setOnAction(e -> action.accept(worker));
    }

    /**
     * Step mode: the button says what the worker does at its next step ("worker-1: read counter") and is
     * enabled only while the worker is paused there; a worker blocked on a lock says why instead.
     */
    void showStep(StepTracker.WorkerStep s, boolean stepMode, boolean selected, UiText text) {
        boolean shown = stepMode && !"main".equals(worker);
        step.setVisible(shown);
        step.setManaged(shown);
        // The button says what the worker does next and why it cannot; the last output line and the state
        // pill would only crowd the row (the main process keeps its pill).
        // Step mode keeps the lane to one line and its bar, so every worker's Step button stays in view.
        detail.setVisible(!stepMode);
        detail.setManaged(!stepMode);
        queueOp.setVisible(!stepMode && !queueOp.getText().isEmpty());
        state.setVisible(!shown);
        state.setManaged(!shown);
        pseudoClassStateChanged(SELECTED, stepMode && selected);
        boolean blocked = s != null && s.status() == StepTracker.Status.BLOCKED;
        pseudoClassStateChanged(BLOCKED, shown && blocked);
        if (!shown) {
            return;
        }
        String label;
        if (s == null || s.status() == StepTracker.Status.STARTING) {
            label = text.format("step.starting", worker);
        } else if (s.status() == StepTracker.Status.PAUSED) {
            label = worker + ": " + s.next();
        } else if (blocked) {
            label = text.format("step.blocked", worker, s.blockedOn());
        } else if (s.status() == StepTracker.Status.EXITED) {
            label = text.format("step.done", worker);
        } else {
            label = text.format("step.running", worker);
        }
        step.setText(label);
        step.setDisable(s == null || s.status() != StepTracker.Status.PAUSED);
    }

    Button stepButton() {
        return step;
    }

    void update(WorkerLane lane, UiText text) {
        pid.setText(lane.pid() > 0 ? "pid " + lane.pid() : "");
        if (shownState != lane.state()) {
            if (shownState != null) {
                pseudoClassStateChanged(PseudoClass.getPseudoClass(shownState.pseudoClass()), false);
            }
            shownState = lane.state();
            pseudoClassStateChanged(PseudoClass.getPseudoClass(shownState.pseudoClass()), true);
        }
        boolean failed = lane.state() == WorkerState.EXITED && lane.exitCode() != null && lane.exitCode() != 0;
        pseudoClassStateChanged(FAILED, failed);
        state.setText(stateText(lane, text));
        String meaning = lane.state() == WorkerState.EXITED && lane.exitCode() != null ? exitMeaning(lane.exitCode(),
                text) : null;
        stateTip.setText(meaning == null ? stateText(lane, text) : meaning);
        boolean explain = meaning != null && lane.exitCode() != 0;
        exit.setText(explain ? text.format("state.exited", lane.exitCode()) + ": " + meaning : "");
        exit.setVisible(explain);
        exit.setManaged(explain);
        long startup = lane.startupNanos();
        life.setText(startup >= 0 ? text.format("lanes.life.startup", Math.round(startup / 1e6)) : "");
        WorkerLane.QueueOp q = lane.lastQueueOp();
        queueOp.setText(q == null ? "" : text.format(q.put() ? "lanes.put" : "lanes.get", names.apply(q.queue()),
                q.item()) + (lane.queueOps() > 1 ? "  " + text.format("lanes.queueOps", lane.queueOps()) : ""));
        queueOp.setManaged(q != null);
        queueOp.setVisible(q != null && detail.isVisible());
        String cpuText = lane.cpuNanos() >= 0
                ? text.format("lanes.cpu", String.format(Locale.ROOT, "%.2f", lane.cpuNanos() / 1e9)) : "";
        if (lane.lastCpu() >= 0 && lane.state() != WorkerState.EXITED) {
            cpuText = cpuText + "  ·  " + text.format("lanes.onCpu", lane.lastCpu());
        }
        cpu.setText(cpuText);
        List<String> recent = lane.recentOutput();
        if (recent.isEmpty()) {
            output.setText(text.get(lane.state() == WorkerState.EXITED ? "lanes.noOutputAtAll" : "lanes.noOutput"));
            output.getStyleClass().add("empty");
        } else {
            output.getStyleClass().remove("empty");
            output.setText(recent.get(recent.size() - 1)
                    + (lane.outputLines() > 1 ? "   " + text.format("lanes.lines", lane.outputLines()) : ""));
        }
    }

    static String exitMeaning(int code, UiText text) {
        ExitCodes.Meaning m = ExitCodes.of(code);
        return text.format(m.key(), m.arg());
    }

    static String stateText(WorkerLane lane, UiText text) {
        switch (lane.state()) {
            case STARTING:
                return text.get("state.starting");
            case RUNNING:
                return text.get("state.running");
            case WAITING_FOR_LOCK:
                return text.format("state.waiting", lane.lock() == null ? "" : lane.lock());
            case HOLDING_LOCK:
                return text.format("state.holding", lane.lock() == null ? "" : lane.lock());
            default:
                return text.format("state.exited", lane.exitCode() == null ? "?" : lane.exitCode());
        }
    }
}
