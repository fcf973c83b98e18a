package org.proclab.ui.lab;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.ViewKind;
import org.proclab.ui.session.LabSession;
import org.proclab.ui.text.UiText;
import org.proclab.viz.Samplers;

/**
 * The right-hand side: the views the session's chapter lists in its {@code views}, made by a
 * {@link LabViewRegistry} and stacked in a resizable split, refreshed whenever the session's run data changes.
 */
public final class LabPanel extends StackPane {
    private final UiText text;
    private final Samplers samplers;
    private final LabSession session;
    private final LabViewRegistry registry;
    private final SplitPane split = new SplitPane();
    private final List<LabView> views = new ArrayList<>();
    private CoreLoadView cores;

    public LabPanel(UiText text, Samplers samplers, LabSession session) {
        this(text, samplers, session, LabViewRegistry.standard());
    }

    public LabPanel(UiText text, Samplers samplers, LabSession session, LabViewRegistry registry) {
        this.text = text;
        this.samplers = samplers;
        this.session = session;
        this.registry = registry;
        setId("lab-panel");
        getStyleClass().add("lab-panel");
        split.setOrientation(Orientation.VERTICAL);
        split.getStyleClass().add("lab-split");
        getChildren().add(split);
        session.currentChapterProperty().addListener((obs, a, c) -> showChapter(c));
        session.addOnUpdate(this::refresh);
        // A run shows its timeline, "Run N times" its histogram.
        session.runningProperty().addListener((obs, a, now) -> {
            if (now && valueView() != null) {
                valueView().showOutcomes(false);
            }
            showOutcomes();
        });
        session.repeatingProperty().addListener((obs, a, now) -> {
            if (now && valueView() != null) {
                valueView().showOutcomes(true);
            }
        });
        session.boardVersionProperty().addListener((obs, a, b) -> showOutcomes());
        showChapter(session.currentChapter());
    }

    /** Rebuilds the views for a chapter; the core chart keeps its history. */
    private void showChapter(Chapter chapter) {
        if (chapter == null) {
            return;
        }
        views.forEach(v -> {
            if (v != cores) {
                v.dispose();
            }
        });
        views.clear();
        if (cores == null) {
            cores = new CoreLoadView(text, samplers.loadHistory());
        }
        LabViewRegistry.Context context = new LabViewRegistry.Context(text, samplers, session, chapter.views(),
                session.params(chapter.id()), chapter.outcome(), cores);
        for (ViewKind kind : ViewKind.values()) {
            if (chapter.views().contains(kind)) {
                registry.create(kind, context).ifPresent(views::add);
            }
        }
        layOut(chapter);
        refresh();
        showOutcomes();
    }

    private void layOut(Chapter chapter) {
        // Without a chapter view of its own, the lanes and the console share the room.
        boolean mainView = chapter.views().contains(ViewKind.VALUE_TIMELINE)
                || chapter.views().contains(ViewKind.POOL_TASKS) || chapter.views().contains(ViewKind.SPEED);
        List<Node> nodes = new ArrayList<>();
        double[] weights = new double[views.size()];
        double total = 0;
        for (int i = 0; i < views.size(); i++) {
            LabView v = views.get(i);
            nodes.add(v.node());
            weights[i] = !mainView && v instanceof ConsoleView ? 1.2 : !mainView && v instanceof WorkerLanesView ? 1.4
                    : v.weight();
            // With several chapter views (the scratch page lists them all) each gives up some room to the lanes,
            // which tie them together.
            if (mainViews(chapter) > 1) {
                weights[i] = v instanceof WorkerLanesView ? 1.6 : v instanceof ValueTimelineView ? 1.6
                        : v instanceof PoolTasksView ? 1.2 : weights[i];
            }
            total += weights[i];
        }
        split.getItems().setAll(nodes);
        double[] dividers = new double[Math.max(0, views.size() - 1)];
        double acc = 0;
        for (int i = 0; i < dividers.length; i++) {
            acc += weights[i];
            dividers[i] = acc / total;
        }
        split.setDividerPositions(dividers);
    }

    private static int mainViews(Chapter chapter) {
        int n = 0;
        for (ViewKind kind : new ViewKind[] {ViewKind.VALUE_TIMELINE, ViewKind.POOL_TASKS, ViewKind.SPEED}) {
            n += chapter.views().contains(kind) ? 1 : 0;
        }
        return n;
    }

    private void refresh() {
        for (LabView v : views) {
            v.refresh(session.shownDataProperty().get());
        }
    }

    private void showOutcomes() {
        if (outcomes() != null) {
            outcomes().show(session.board(), session.repeatingProperty().get(), !session.runningProperty().get());
        }
    }

    private <T> T view(Class<T> type) {
        for (LabView v : views) {
            if (type.isInstance(v)) {
                return type.cast(v);
            }
        }
        return null;
    }

    /** The lanes view of the chapter on screen, or null. */
    public WorkerLanesView lanesView() {
        return view(WorkerLanesView.class);
    }

    /** The outcome histogram of the chapter on screen, or null when it has none. */
    public OutcomesPane outcomes() {
        ValueTimelineView v = valueView();
        return v == null ? null : v.outcomes();
    }

    /** The console of the chapter on screen, or null when the chapter lists none. */
    public ConsoleView console() {
        return view(ConsoleView.class);
    }

    public ValueTimelineView valueView() {
        return view(ValueTimelineView.class);
    }

    public List<LabView> views() {
        return List.copyOf(views);
    }
}
