package org.proclab.lesson;

/**
 * Which of a chapter's reports are its expected and its final value, from {@code "outcome": {"expected": ..,
 * "final": ..}} in chapter.json. From them a run's "lost" (expected - final) is computed, once, for the
 * terminal and the window alike; generic code never names a lesson's reports itself.
 *
 * @param expectedReport the report holding what a correct run ends with; null when the chapter has none
 * @param finalReport    the report holding what the run really ended with; null when the chapter has none
 */
public record OutcomeSpec(String expectedReport, String finalReport) {
    /** A chapter without an expected/final pair. */
    public static final OutcomeSpec NONE = new OutcomeSpec(null, null);

    public boolean declared() {
        return expectedReport != null && finalReport != null;
    }
}
