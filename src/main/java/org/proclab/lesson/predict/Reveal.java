package org.proclab.lesson.predict;

/**
 * A prediction next to what happened.
 *
 * @param key        the report that was revealed, e.g. "lost"
 * @param figure     its real value in this run, e.g. "37"
 * @param actual     the real answer in the prediction's own terms: "yes"/"no" for a yes/no question, else
 *                   the figure
 * @param prediction what the learner predicted ("yes"/"no" normalised for a yes/no question)
 * @param verdict    whether they agree
 */
public record Reveal(String key, String figure, String actual, String prediction, Verdict verdict) {
}
