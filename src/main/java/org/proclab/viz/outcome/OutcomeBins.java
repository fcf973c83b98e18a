package org.proclab.viz.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.proclab.lesson.outcome.Grade;
import org.proclab.lesson.outcome.OutcomeHistogram.Bar;

/**
 * The bars a histogram chart draws. Few outcomes: one bar each. Many (a long race loses a different number
 * of updates nearly every time): the interesting values share equal-width ranges, while the expected value
 * and every forbidden value keep a bar of their own, so a bug is never averaged away.
 */
public final class OutcomeBins {
    /** One bar: values {@code from..to} (equal for a single value), how many runs, their share, the grade. */
    public record Bin(long from, long to, int count, double percent, Grade grade) {
        public boolean single() {
            return from == to;
        }

        /** "3975" or "3900–3999". */
        public String label() {
            return single() ? Long.toString(from) : from + "\u2013" + to;
        }
    }

    private OutcomeBins() {
    }

    public static List<Bin> of(List<Bar> bars, int maxBins) {
        List<Bin> bins = new ArrayList<>();
        if (bars.size() <= maxBins) {
            for (Bar b : bars) {
                bins.add(new Bin(b.value(), b.value(), b.count(), b.percent(), b.grade()));
            }
            return bins;
        }
        List<Bar> interesting = new ArrayList<>();
        for (Bar b : bars) {
            if (b.grade() == Grade.INTERESTING) {
                interesting.add(b);
            } else {
                bins.add(new Bin(b.value(), b.value(), b.count(), b.percent(), b.grade()));
            }
        }
        if (!interesting.isEmpty()) {
            int slots = Math.max(1, maxBins - bins.size());
            long lo = interesting.get(0).value();
            long hi = interesting.get(interesting.size() - 1).value();
            long width = Math.max(1, (hi - lo + slots) / slots);
            int i = 0;
            for (long from = lo; from <= hi && i < interesting.size(); from += width) {
                long to = Math.min(hi, from + width - 1);
                int count = 0;
                double percent = 0;
                while (i < interesting.size() && interesting.get(i).value() <= to) {
                    count += interesting.get(i).count();
                    percent += interesting.get(i).percent();
                    i++;
                }
                if (count > 0) {
                    bins.add(new Bin(from, to, count, percent, Grade.INTERESTING));
                }
            }
        }
        bins.sort(Comparator.comparingLong(Bin::from));
        return bins;
    }
}
