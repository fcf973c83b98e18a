package org.proclab.lesson;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The one check of the parameters a learner gives, used by the CLI before anything runs and by the window's
 * parameter panel as the learner types: a typo should be a clear message, not a stack trace from a worker.
 *
 * <p>The rule: spaces around a value are ignored; a whole number may group its digits with '_' or ','
 * ({@code 10_000}, {@code 10,000}) and have a sign; a choice and a boolean are matched ignoring case and
 * normalized to the spec's spelling ({@code ATOMIC} becomes {@code atomic}, {@code True} becomes {@code true}).
 */
public final class ParamValidator {
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+([_,][0-9]+)*");

    private ParamValidator() {
    }

    /**
     * Returns every parameter of the chapter in spec order, defaults filled in and values normalized.
     *
     * @throws ParamException naming the first parameter at fault and what it allows
     */
    public static Map<String, String> validate(Chapter chapter, Map<String, String> given) {
        List<ParamProblem> problems = problems(chapter, given);
        if (!problems.isEmpty()) {
            throw problems.get(0).exception();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (ParamSpec spec : chapter.params()) {
            String raw = given.get(spec.name());
            values.put(spec.name(), raw == null ? spec.defaultValue() : normalise(spec, raw));
        }
        return values;
    }

    /** Everything wrong with {@code given}: unknown names first, then each bad value in spec order. */
    public static List<ParamProblem> problems(Chapter chapter, Map<String, String> given) {
        List<ParamProblem> problems = new ArrayList<>();
        for (String name : given.keySet()) {
            if (chapter.param(name) == null) {
                problems.add(new ParamProblem(name, ParamProblem.Kind.UNKNOWN, unknownMessage(chapter, name)));
            }
        }
        for (ParamSpec spec : chapter.params()) {
            String raw = given.get(spec.name());
            if (raw != null) {
                problem(spec, raw).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /** What is wrong with one value, if anything. */
    public static Optional<ParamProblem> problem(ParamSpec spec, String raw) {
        String value = raw == null ? "" : raw.trim();
        switch (spec.type()) {
            case INT:
            case LONG:
                return numberProblem(spec, value);
            case CHOICE:
                return choice(spec, value) != null ? Optional.empty() : Optional.of(new ParamProblem(spec.name(),
                        ParamProblem.Kind.NOT_A_CHOICE, spec.name() + " must be one of "
                        + String.join(", ", spec.choices()) + "; got \"" + raw + "\""));
            default:
                String lower = value.toLowerCase(Locale.ROOT);
                return lower.equals("true") || lower.equals("false") ? Optional.empty()
                        : Optional.of(new ParamProblem(spec.name(), ParamProblem.Kind.NOT_A_BOOLEAN,
                        spec.name() + " must be true or false; got \"" + raw + "\""));
        }
    }

    /** Checks one value; returns it normalized. */
    public static String check(ParamSpec spec, String raw) {
        Optional<ParamProblem> problem = problem(spec, raw);
        if (problem.isPresent()) {
            throw problem.get().exception();
        }
        return normalise(spec, raw);
    }

    /** The value as a run gets it: trimmed, digits without separators, a choice or boolean in the spec's case. */
    public static String normalise(ParamSpec spec, String raw) {
        String value = raw == null ? "" : raw.trim();
        switch (spec.type()) {
            case INT:
            case LONG:
                return WHOLE.matcher(value).matches() ? new BigInteger(digits(value)).toString() : value;
            case CHOICE:
                String choice = choice(spec, value);
                return choice == null ? value : choice;
            default:
                return value.toLowerCase(Locale.ROOT);
        }
    }

    private static Optional<ParamProblem> numberProblem(ParamSpec spec, String value) {
        if (!WHOLE.matcher(value).matches()) {
            return Optional.of(new ParamProblem(spec.name(), ParamProblem.Kind.NOT_A_NUMBER, spec.name()
                    + " must be a whole number from " + spec.min() + " to " + spec.max() + "; got \"" + value + "\""));
        }
        BigInteger number = new BigInteger(digits(value));
        ParamProblem.Kind kind = spec.min() != null && number.compareTo(BigInteger.valueOf(spec.min())) < 0
                ? ParamProblem.Kind.TOO_SMALL
                : spec.max() != null && number.compareTo(BigInteger.valueOf(spec.max())) > 0
                ? ParamProblem.Kind.TOO_LARGE : null;
        return kind == null ? Optional.empty() : Optional.of(new ParamProblem(spec.name(), kind,
                spec.name() + " must be from " + spec.min() + " to " + spec.max() + "; got " + number));
    }

    private static String digits(String value) {
        return value.replace("_", "").replace(",", "");
    }

    private static String choice(ParamSpec spec, String value) {
        for (String choice : spec.choices()) {
            if (choice.equalsIgnoreCase(value)) {
                return choice;
            }
        }
        return null;
    }

    private static String unknownMessage(Chapter chapter, String name) {
        if (chapter.params().isEmpty()) {
            return "unknown parameter \"" + name + "\": lesson \"" + chapter.id() + "\" takes no parameters";
        }
        StringJoiner allowed = new StringJoiner(", ");
        for (ParamSpec spec : chapter.params()) {
            allowed.add(spec.name() + " (" + spec.allowed() + ")");
        }
        return "unknown parameter \"" + name + "\" for lesson \"" + chapter.id() + "\"; allowed: " + allowed;
    }
}
