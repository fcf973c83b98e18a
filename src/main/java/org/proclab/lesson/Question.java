package org.proclab.lesson;

import java.util.Map;

/**
 * The predict-then-reveal question that closes a chapter: the learner guesses, runs, then compares.
 *
 * @param text   the question, per language
 * @param answer the explained answer, per language
 * @param reveal the report key whose real value the app shows next to the answer, or null when the answer
 *               is not a single figure
 */
public record Question(Map<Lang, String> text, Map<Lang, String> answer, String reveal) {

    public String text(Lang lang) {
        return text.getOrDefault(lang, text.get(Lang.EN));
    }

    public String answer(Lang lang) {
        return answer.getOrDefault(lang, answer.get(Lang.EN));
    }
}
