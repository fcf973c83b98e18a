package org.proclab.lesson;

import java.util.List;
import java.util.Map;

/**
 * What a learner's program must show, declared as data so that a teacher can add an exercise without code.
 * Every condition must hold on every one of {@code runs} runs.
 *
 * @param runs          how many times the program is run (races need several runs to show)
 * @param reports       a condition per report name, e.g. {@code "lost": "== 0"}
 * @param output        lines that must each appear, exactly, among the program's output lines
 * @param workers       how many worker processes must have run, or -1 for any number
 * @param workersJoined every worker must have exited with code 0 before the program ended
 * @param reference     the chapter's own example to time against, or null
 * @param events        a condition on how many events of a type the run had, e.g. {@code "TASK_FINISHED": ">= 1"}
 */
public record ExerciseCheck(int runs, Map<String, YesCondition> reports, List<String> output, int workers,
                            boolean workersJoined, Reference reference, Map<String, YesCondition> events) {

    public ExerciseCheck {
        reports = Map.copyOf(reports);
        events = Map.copyOf(events);
        output = List.copyOf(output);
    }

    /**
     * "Not slower than": the median time of the learner's runs may be at most {@code factor} times the
     * median of the chapter's example run with {@code params}.
     */
    public record Reference(Map<String, String> params, double factor) {
    }
}
