package org.proclab.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The predict-then-reveal question that closes a chapter: the learner guesses, runs, then compares.
 *
 * @param text     the question, per language
 * @param answer   the explained answer, per language
 * @param reveal   the report key whose real value the app shows next to the answer, or null when the answer
 *                 is not a single figure
 * @param yes      for a yes/no question, when the answer is "yes" judged by the revealed figure; else null
 * @param settings the parameters the question is about ({@code "set"} in chapter.json), over the defaults:
 *                 the question's run uses them, and only a run that used them is graded
 */
public record Question(Map<Lang, String> text, Map<Lang, String> answer, String reveal, YesCondition yes,
                       Map<String, String> settings) {

    public Question {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings == null ? Map.of() : settings));
    }

    /** A question about the chapter's defaults. */
    public Question(Map<Lang, String> text, Map<Lang, String> answer, String reveal, YesCondition yes) {
        this(text, answer, reveal, yes, Map.of());
    }

    /** A question whose prediction is a value (or words), not yes or no. */
    public Question(Map<Lang, String> text, Map<Lang, String> answer, String reveal) {
        this(text, answer, reveal, null, Map.of());
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

    /**
     * Whether a run with these (validated) parameters is the run the question asks about: every setting of
     * the question has the same value there. A question without settings is about any run.
     */
    public boolean askedAbout(Map<String, String> runParams) {
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            if (!setting.getValue().equals(runParams.get(setting.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
