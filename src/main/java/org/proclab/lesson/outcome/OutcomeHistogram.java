package org.proclab.lesson.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each final value came out of a repeated experiment, each graded by the run's
 * {@link OutcomeGrader}. Not thread-safe: one thread fills it, others get {@link #bars()} copies.
 */
public final class OutcomeHistogram {
    /** One outcome: the final value, how many runs ended with it, their share in percent, its grade. */
    public record Bar(long value, int count, double percent, Grade grade) {
    }

    private final OutcomeGrader grader;
    private final TreeMap<Long, Integer> counts = new TreeMap<>();
    private int total;

    public OutcomeHistogram(OutcomeGrader grader) {
        this.grader = grader;
    }

    public OutcomeGrader grader() {
        return grader;
    }

    /** Counts one run's final value and returns its grade. */
    public Grade add(long finalValue) {
        counts.merge(finalValue, 1, Integer::sum);
        total++;
        return grader.grade(finalValue);
    }

    public int total() {
        return total;
    }

    /** The outcomes in ascending order of value. */
    public List<Bar> bars() {
        List<Bar> bars = new ArrayList<>(counts.size());
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            bars.add(new Bar(e.getKey(), e.getValue(), 100.0 * e.getValue() / total, grader.grade(e.getKey())));
        }
        return bars;
    }

    /** How many runs ended with a value of this grade. */
    public int count(Grade grade) {
        return counts.entrySet().stream().filter(e -> grader.grade(e.getKey()) == grade)
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** Final value to count, ascending: what the CLI's result line carries. */
    public Map<Long, Integer> counts() {
        return new TreeMap<>(counts);
    }
}
