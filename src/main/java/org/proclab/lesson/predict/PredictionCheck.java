package org.proclab.lesson.predict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.proclab.lesson.Question;
import org.proclab.lesson.YesCondition;

/**
 * Compares a learner's prediction with the figure a run revealed. A yes/no question is judged by its
 * {@link YesCondition}; otherwise numbers are compared as numbers ("4000" = "4000.0"), lists of numbers
 * element by element whatever the brackets and commas, and words only for equality, else left
 * {@link Verdict#OPEN} for the learner to judge ("the main process's pid" against 4242).
 */
public final class PredictionCheck {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    // Numbers with separators between them (required, so a long run of digits cannot backtrack badly).
    private static final Pattern ONLY_NUMBERS = Pattern.compile(
            "[\\s\\[\\](),;]*-?\\d+(\\.\\d+)?([\\s\\[\\](),;]+-?\\d+(\\.\\d+)?)*[\\s\\[\\](),;]*");

    private PredictionCheck() {
    }

    /** Whether this question asks for yes or no rather than a value. */
    public static boolean isYesNo(Question question) {
        return question.yesCondition().isPresent();
    }

    /** "yes" or "no" for the ways a learner may say it (yes/y/true/是/会, no/n/false/否/不会), else empty. */
    public static Optional<String> yesOrNo(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "yes": case "y": case "true": case "是": case "会": case "能":
                return Optional.of("yes");
            case "no": case "n": case "false": case "否": case "不会": case "不能": case "不":
                return Optional.of("no");
            default:
                return Optional.empty();
        }
    }

    /**
     * The reveal for a finished run, or empty when the question reveals nothing or the run did not report
     * that figure (it failed, or ran a mode that does not compute it), or ran with other settings than the
     * question's own ({@link Question#settings()}): "start = 2147483647" must not be graded by a run from 0.
     */
    public static Optional<Reveal> check(Question question, String prediction, Map<String, String> params,
                                         Map<String, String> reports) {
        if (question == null || !question.askedAbout(params)) {
            return Optional.empty();
        }
        return check(question, prediction, reports);
    }

    /** As {@link #check(Question, String, Map, Map)} for a run known to use the question's settings. */
    public static Optional<Reveal> check(Question question, String prediction, Map<String, String> reports) {
        if (question == null || question.reveal() == null || !reports.containsKey(question.reveal())) {
            return Optional.empty();
        }
        String key = question.reveal();
        String figure = reports.get(key);
        Optional<YesCondition> yes = question.yesCondition();
        if (yes.isPresent()) {
            Optional<Boolean> real = yes.get().test(figure);
            if (real.isEmpty()) {
                return Optional.of(new Reveal(key, figure, figure, prediction, Verdict.OPEN));
            }
            String actual = real.get() ? "yes" : "no";
            Optional<String> said = yesOrNo(prediction);
            Verdict verdict = said.isEmpty() ? Verdict.OPEN : said.get().equals(actual) ? Verdict.MATCHED
                    : Verdict.MISSED;
            return Optional.of(new Reveal(key, figure, actual, said.orElse(prediction), verdict));
        }
        return Optional.of(new Reveal(key, figure, figure, prediction, compareValues(prediction, figure)));
    }

    static Verdict compareValues(String prediction, String figure) {
        String p = prediction == null ? "" : prediction.trim();
        if (ONLY_NUMBERS.matcher(p).matches()) {
            List<BigDecimal> said = numbers(p);
            List<BigDecimal> real = numbers(figure);
            if (!real.isEmpty()) {
                return sameNumbers(said, real) ? Verdict.MATCHED : Verdict.MISSED;
            }
        }
        return normalise(p).equals(normalise(figure)) ? Verdict.MATCHED : Verdict.OPEN;
    }

    private static boolean sameNumbers(List<BigDecimal> a, List<BigDecimal> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).compareTo(b.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    private static List<BigDecimal> numbers(String text) {
        List<BigDecimal> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(new BigDecimal(m.group()));
        }
        return found;
    }

    private static String normalise(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
