package org.proclab.lesson;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Checks the parameters a learner gave against a chapter's specs, before anything runs: a typo should be a
 * clear message, not a stack trace from inside a worker JVM.
 */
public final class ParamValidator {
    private ParamValidator() {
    }

    /**
     * Returns every parameter of the chapter in spec order, defaults filled in and values normalized
     * ({@code 10_000} becomes {@code 10000}, {@code ON} becomes {@code on}).
     *
     * @throws ParamException naming the parameter and what it allows
     */
    public static Map<String, String> validate(Chapter chapter, Map<String, String> given) {
        for (String name : given.keySet()) {
            if (chapter.param(name) == null) {
                throw new ParamException(name, unknownMessage(chapter, name));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (ParamSpec spec : chapter.params()) {
            String raw = given.get(spec.name());
            values.put(spec.name(), raw == null ? spec.defaultValue() : check(spec, raw));
        }
        return values;
    }

    /** Checks one value; returns it normalized. */
    public static String check(ParamSpec spec, String raw) {
        String value = raw == null ? "" : raw.trim();
        switch (spec.type()) {
            case INT:
            case LONG:
                return checkNumber(spec, value);
            case CHOICE:
                for (String choice : spec.choices()) {
                    if (choice.equalsIgnoreCase(value)) {
                        return choice;
                    }
                }
                throw new ParamException(spec.name(), spec.name() + " must be one of "
                        + String.join(", ", spec.choices()) + "; got \"" + raw + "\"");
            default:
                String lower = value.toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("false")) {
                    return lower;
                }
                throw new ParamException(spec.name(), spec.name() + " must be true or false; got \"" + raw + "\"");
        }
    }

    private static String checkNumber(ParamSpec spec, String value) {
        String digits = value.replace("_", "");
        BigInteger number;
        if (!digits.matches("[+-]?[0-9]+")) {
            throw new ParamException(spec.name(), spec.name() + " must be a whole number from " + spec.min()
                    + " to " + spec.max() + "; got \"" + value + "\"");
        }
        number = new BigInteger(digits);
        if (number.compareTo(BigInteger.valueOf(spec.min())) < 0
                || number.compareTo(BigInteger.valueOf(spec.max())) > 0) {
            throw new ParamException(spec.name(), spec.name() + " must be from " + spec.min() + " to "
                    + spec.max() + "; got " + number);
        }
        return number.toString();
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
