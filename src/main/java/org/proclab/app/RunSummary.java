package org.proclab.app;

import java.util.Locale;
import org.proclab.ui.run.RunController;
import org.proclab.ui.run.RunData;

/**
 * The line the screenshot mode prints after a run: how long it took, when the first worker spoke and the
 * last event came (seconds from Run), the events, and the frame figures a developer reads.
 */
final class RunSummary {
    private RunSummary() {
    }

    static String of(RunController run) {
        RunData d = run.data();
        return String.format(Locale.ROOT, "run %s: %s in %.1f s, first worker event after %s, last event after %s,"
                        + " %d events; longest frame gap %.1f ms, longest FX pulse CPU %.1f ms, longest drain %.1f ms",
                run.lessonId(), run.state(), run.elapsedSeconds(), since(run.startNanos(), d.firstWorkerNanos()),
                since(run.startNanos(), d.events() == 0 ? 0 : d.lastNanos()), d.events(),
                run.longestFrameGapMillisProperty().get(), run.longestPulseCpuMillisProperty().get(),
                run.longestDrainMillisProperty().get());
    }

    /** Seconds from {@code start} to {@code at}, or "none" when there was no such event. */
    static String since(long start, long at) {
        return at == 0 || start == 0 ? "none" : String.format(Locale.ROOT, "%.1f s", (at - start) / 1e9);
    }
}
