package org.proclab.exercise;

import java.util.List;

/**
 * How a check turned out. The reason is a text key of the UI bundles ({@code exercise.*}) with its
 * arguments, so the window says it in the learner's language; {@link #english()} is for logs and tests.
 *
 * @param passed whether every condition held on every run
 * @param key    why: "exercise.passed", or the first condition that failed
 * @param args   the figures the reason names (run number, report, value, ...)
 */
public record CheckVerdict(boolean passed, String key, List<Object> args) {

    public static CheckVerdict pass(int runs) {
        return new CheckVerdict(true, "exercise.passed", List.of(runs));
    }

    public static CheckVerdict fail(String key, Object... args) {
        return new CheckVerdict(false, key, List.of(args));
    }

    /** The reason in English, for the log and the tests. */
    public String english() {
        return key + " " + args;
    }
}
