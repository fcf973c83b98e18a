package org.proclab.ui.python;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * The compare table of one chapter: every figure the two runs reported (labelled as the chapter labels them),
 * then what the event times and result lines say: start-up, wall time, workers, events. Only what the runs
 * measured is shown; a ratio is given for times (figures named {@code *_ms} and the rows measured here).
 */
final class CompareRows {
    /** The rows measured here start with '@', which no report name does. */
    static final String STARTUP = "@startup_ms";
    static final String WALL = "@wall_ms";
    static final String WORKERS = "@workers";
    static final String EVENTS = "@events";

    private CompareRows() {
    }

    /** @param label a figure's label: the chapter's for reports, the UI text's for the rows measured here */
    static List<CompareRow> build(RunFigures java, RunFigures python, Function<String, String> label) {
        List<CompareRow> rows = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(java.reports().keySet());
        keys.addAll(python.reports().keySet());
        for (String key : keys) {
            if (key.contains(":")) {
                continue;   // a sweep's per-size figures belong in its chart, not in this table
            }
            rows.add(row(key, label.apply(key), java.reports().getOrDefault(key, ""),
                    python.reports().getOrDefault(key, ""), key.endsWith("_ms")));
        }
        rows.add(row(STARTUP, label.apply(STARTUP), millis(java.startupMillis()), millis(python.startupMillis()),
                true));
        rows.add(row(WALL, label.apply(WALL), whole(java.millis()), whole(python.millis()), true));
        rows.add(row(WORKERS, label.apply(WORKERS), Integer.toString(java.workers()),
                Integer.toString(python.workers()), false));
        rows.add(row(EVENTS, label.apply(EVENTS), Long.toString(java.events()), Long.toString(python.events()),
                false));
        return rows;
    }

    private static CompareRow row(String key, String label, String java, String python, boolean time) {
        return new CompareRow(key, label, java, python, time ? ratio(java, python) : "");
    }

    static String ratio(String java, String python) {
        try {
            double j = Double.parseDouble(java.trim());
            double p = Double.parseDouble(python.trim());
            if (j <= 0) {
                return "";
            }
            double r = p / j;
            return String.format(Locale.ROOT, r >= 0.1 ? "%.2f\u00d7" : "%.3f\u00d7", r);
        } catch (NumberFormatException ex) {
            return "";
        }
    }

    private static String millis(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f", value.getAsDouble()) : "";
    }

    private static String whole(long value) {
        return value < 0 ? "" : Long.toString(value);
    }
}
