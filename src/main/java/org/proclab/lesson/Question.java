package org.proclab.lesson;

import java.util.Map;
import java.util.Optional;

/**
 * The predict-then-reveal question that closes a chapter: the learner guesses, runs, then compares.
 *
 * @param text   the question, per language
 * @param answer the explained answer, per language
 * @param reveal the report key whose real value the app shows next to the answer, or null when the answer
 *               is not a single figure
 * @param yes    for a yes/no question, when the answer is "yes" judged by the revealed figure; else null
 */
public record Question(Map<Lang, String> text, Map<Lang, String> answer, String reveal, YesCondition yes) {

    /** A question whose prediction is a value (or words), not yes or no. */
    public Question(Map<Lang, String> text, Map<Lang, String> answer, String reveal) {
        this(text, answer, reveal, null);
    }

    /** Present for a yes/no question. */
    public Optional<YesCondition> yesCondition() {
        return Optional.ofNullable(yes);
    }

    public String text(Lang lang) {
        return text.getOrDefault(lang, text.get(Lang.EN));
    }

    public String answer(Lang lang) {
        return answer.getOrDefault(lang, answer.get(Lang.EN));
    }
}
