package org.proclab.ui.lab;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.proclab.lesson.OutcomeSpec;
import org.proclab.lesson.ViewKind;
import org.proclab.ui.params.ParamModel;
import org.proclab.ui.session.LabSession;
import org.proclab.ui.text.UiText;
import org.proclab.viz.Samplers;

/**
 * Which lab view each {@link ViewKind} of a chapter's {@code views} makes. {@code step} and {@code outcomes}
 * are no views of their own: they add step mode to the lanes and the outcome histogram to the value view.
 */
public final class LabViewRegistry {
    /** What a view may be built from: the chapter's view list and parameters, the window's shared parts. */
    public record Context(UiText text, Samplers samplers, LabSession session, Set<ViewKind> views,
                          ParamModel params, OutcomeSpec outcome, CoreLoadView cores) {
        public boolean wants(ViewKind kind) {
            return views.contains(kind);
        }
    }

    private final Map<ViewKind, Function<Context, LabView>> factories = new EnumMap<>(ViewKind.class);

    public LabViewRegistry register(ViewKind kind, Function<Context, LabView> factory) {
        factories.put(kind, factory);
        return this;
    }

    /** The view of this kind for a chapter; empty for the kinds that only modify another view. */
    public Optional<LabView> create(ViewKind kind, Context context) {
        Function<Context, LabView> f = factories.get(kind);
        return f == null ? Optional.empty() : Optional.of(f.apply(context));
    }

    /** Every view ProcLab has. The core chart is shared between chapters, so it keeps its history. */
    public static LabViewRegistry standard() {
        return new LabViewRegistry()
                .register(ViewKind.CORES, Context::cores)
                .register(ViewKind.LANES, c -> new WorkerLanesView(c.text(), c.samplers().processes(), c.session(),
                        c.wants(ViewKind.STEP), exampleSource(c)))
                .register(ViewKind.VALUE_TIMELINE, LabViewRegistry::valueView)
                .register(ViewKind.POOL_TASKS, c -> new PoolTasksView(c.text()))
                .register(ViewKind.SPEED, c -> new SpeedView(c.text(), c.params()))
                .register(ViewKind.CONSOLE, c -> new ConsoleView(c.text()));
    }

    private static String exampleSource(Context c) {
        return c.session().currentChapter() == null ? null : c.session().currentChapter().exampleSource();
    }

    private static LabView valueView(Context c) {
        ValueTimelineView view = new ValueTimelineView(c.text(), c.params(), c.outcome(), exampleSource(c));
        if (c.wants(ViewKind.OUTCOMES)) {
            view.enableOutcomes(new OutcomesPane(c.text(), c.session()));
        }
        return view;
    }
}
