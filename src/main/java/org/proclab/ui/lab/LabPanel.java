package org.proclab.ui.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import org.proclab.lesson.OutcomeSpec;
import org.proclab.lesson.ViewKind;
import org.proclab.ui.params.ParamModel;
import org.proclab.ui.run.RunData;
import org.proclab.ui.text.UiText;
import org.proclab.viz.Samplers;

/**
 * The right-hand side: the views a chapter asks for, stacked in a resizable split. The per-core chart is
 * always there; then lanes, the chapter's own view (value timeline, pool tasks or speed), and the console.
 */
public final class LabPanel extends StackPane {
    private final UiText text;
    private final Samplers samplers;
    private final SplitPane split = new SplitPane();
    private final List<LabView> views = new ArrayList<>();
    private CoreLoadView cores;
    private ConsoleView console;
    private ValueTimelineView valueView;
    private WorkerLanesView lanesView;
    private OutcomesPane outcomesPane;
    private Consumer<String> onStep = w -> { };
    private Runnable onReplay = () -> { };
    private IntConsumer onRepeat = n -> { };
    private Runnable onRepeatStop = () -> { };

    public LabPanel(UiText text, Samplers samplers) {
        this.text = text;
        this.samplers = samplers;
        setId("lab-panel");
        getStyleClass().add("lab-panel");
        split.setOrientation(Orientation.VERTICAL);
        split.getStyleClass().add("lab-split");
        getChildren().add(split);
    }

    /** Rebuilds the views for a chapter; the core chart keeps its history. */
    public void showChapter(Set<ViewKind> wanted, OutcomeSpec outcome, ParamModel params, RunData data) {
        views.forEach(v -> {
            if (v != cores) {
                v.dispose();
            }
        });
        views.clear();
        valueView = null;
        lanesView = null;
        outcomesPane = null;
        if (cores == null) {
            cores = new CoreLoadView(text, samplers.loadHistory());
        }
        views.add(cores);
        if (wanted.contains(ViewKind.LANES)) {
            lanesView = new WorkerLanesView(text, samplers.processes());
            lanesView.setOnStep(w -> onStep.accept(w));
            if (wanted.contains(ViewKind.STEP)) {
                lanesView.enableReplay(() -> onReplay.run());
            }
            views.add(lanesView);
        }
        if (wanted.contains(ViewKind.VALUE_TIMELINE)) {
            valueView = new ValueTimelineView(text, params, outcome);
            if (wanted.contains(ViewKind.OUTCOMES)) {
                outcomesPane = new OutcomesPane(text);
                outcomesPane.setOnRun(n -> onRepeat.accept(n));
                outcomesPane.setOnStop(() -> onRepeatStop.run());
                valueView.enableOutcomes(outcomesPane);
            }
            views.add(valueView);
        }
        if (wanted.contains(ViewKind.POOL_TASKS)) {
            views.add(new PoolTasksView(text));
        }
        if (wanted.contains(ViewKind.SPEED)) {
            views.add(new SpeedView(text, params));
        }
        // Output is where a learner checks what happened: every chapter gets a console.
        console = new ConsoleView(text);
        views.add(console);
        // Without a chapter view of its own, the lanes and the console share the room.
        boolean mainView = valueView != null || wanted.contains(ViewKind.POOL_TASKS) || wanted.contains(ViewKind.SPEED);
        List<javafx.scene.Node> nodes = new ArrayList<>();
        double[] weights = new double[views.size()];
        double total = 0;
        for (int i = 0; i < views.size(); i++) {
            LabView v = views.get(i);
            nodes.add(v.node());
            weights[i] = !mainView && v == console ? 1.6 : v.weight();
            total += weights[i];
        }
        split.getItems().setAll(nodes);
        double[] dividers = new double[views.size() - 1];
        double acc = 0;
        for (int i = 0; i < dividers.length; i++) {
            acc += weights[i];
            dividers[i] = acc / total;
        }
        split.setDividerPositions(dividers);
        refresh(data);
    }

    public void refresh(RunData data) {
        for (LabView v : views) {
            v.refresh(data);
        }
    }

    /** Step mode: what a worker's Step button and "Restart and replay" do. */
    public void setStepActions(Consumer<String> step, Runnable replay) {
        onStep = step;
        onReplay = replay;
    }

    /** The outcome histogram: what "Run N times" and its Stop do. */
    public void setRepeatActions(IntConsumer run, Runnable stop) {
        onRepeat = run;
        onRepeatStop = stop;
    }

    /** The lanes view of the chapter on screen, or null. */
    public WorkerLanesView lanesView() {
        return lanesView;
    }

    /** The outcome histogram of the chapter on screen, or null when it has none. */
    public OutcomesPane outcomes() {
        return outcomesPane;
    }

    public ConsoleView console() {
        return console;
    }

    public ValueTimelineView valueView() {
        return valueView;
    }

    public List<LabView> views() {
        return List.copyOf(views);
    }
}
