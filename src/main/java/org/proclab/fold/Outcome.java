package org.proclab.fold;

import java.util.LinkedHashMap;
import java.util.Map;
import org.proclab.lesson.OutcomeSpec;

/**
 * A run's expected and final value and what was lost between them, read from the reports its chapter
 * declares ({@link OutcomeSpec}). The one place "lost" is computed: the CLI's summary and result line, the
 * repetitions and the window's value card all ask here.
 *
 * @param expected   what a correct run ends with, or null when not reported (or not a whole number)
 * @param finalValue what the run ended with, or null
 */
public record Outcome(Long expected, Long finalValue) {
    public static final Outcome NONE = new Outcome(null, null);

    public static Outcome of(OutcomeSpec spec, Map<String, String> reports) {
        if (spec == null || !spec.declared()) {
            return NONE;
        }
        return new Outcome(whole(reports.get(spec.expectedReport())), whole(reports.get(spec.finalReport())));
    }

    /** expected - final when both are known, else null. */
    public Long lost() {
        return expected == null || finalValue == null ? null : expected - finalValue;
    }

    public boolean complete() {
        return lost() != null;
    }

    /** {@code expected, final, lost} in that order when complete, else empty: the result line's figures. */
    public Map<String, Long> figures() {
        Map<String, Long> figures = new LinkedHashMap<>();
        if (complete()) {
            figures.put("expected", expected);
            figures.put("final", finalValue);
            figures.put("lost", lost());
        }
        return figures;
    }

    static Long whole(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
