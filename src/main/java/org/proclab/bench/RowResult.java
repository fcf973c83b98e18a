package org.proclab.bench;

import java.util.List;
import java.util.Locale;

/**
 * A row's figures after the run: medians of both sides, the ratio ProcLab / Python and how it stands
 * against the goal. A side with no samples has null stats.
 */
public record RowResult(RowSpec spec, Stats proclab, Stats python, Double ratio, String status,
                        String proclabNote, String pythonNote) {

    public static RowResult of(RowSpec spec, Results results) {
        List<Double> pl = results.proclab(spec.id());
        List<Double> py = results.python(spec.id());
        Stats plStats = pl.isEmpty() ? null : Stats.of(pl);
        Stats pyStats = py.isEmpty() ? null : Stats.of(py);
        Double ratio = plStats != null && pyStats != null && pyStats.median() != 0
                ? plStats.median() / pyStats.median() : null;
        String pyNote = results.pythonNote(spec.id()) != null ? results.pythonNote(spec.id()) : spec.pythonNote();
        return new RowResult(spec, plStats, pyStats, ratio, status(spec.goal(), plStats, ratio),
                results.proclabNote(spec.id()), pyNote);
    }

    /** "met", "missed by 2.1×", "no data" or "" when the row has no goal. */
    static String status(Goal goal, Stats proclab, Double ratio) {
        if (goal == null) {
            return "";
        }
        Double figure = goal.vsPython() ? ratio : proclab == null ? null : proclab.median();
        if (figure == null) {
            return "no data";
        }
        if (goal.met(figure)) {
            return "met";
        }
        return String.format(Locale.ROOT, "missed by %.1f×", goal.missFactor(figure));
    }

    public boolean hasData() {
        return proclab != null || python != null;
    }
}
