package org.proclab.ui.params;

import java.util.Locale;
import org.proclab.lesson.ParamSpec;

/**
 * Checks one parameter value against its spec as the learner types (the run host checks again with the
 * lessons' validator). Whole numbers may be written with '_' or ',' between digits.
 */
public final class ParamCheck {
    /** What is wrong with a value; OK when nothing is. */
    public enum Problem { OK, NOT_A_NUMBER, TOO_SMALL, TOO_LARGE, NOT_A_CHOICE, NOT_A_BOOLEAN }

    private ParamCheck() {
    }

    public static Problem check(ParamSpec spec, String raw) {
        String value = normalise(spec, raw);
        switch (spec.type()) {
            case INT:
            case LONG:
                long n;
                try {
                    n = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return Problem.NOT_A_NUMBER;
                }
                if (spec.type() == org.proclab.lesson.ParamType.INT && (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE)) {
                    return n < 0 ? Problem.TOO_SMALL : Problem.TOO_LARGE;
                }
                if (spec.min() != null && n < spec.min()) {
                    return Problem.TOO_SMALL;
                }
                if (spec.max() != null && n > spec.max()) {
                    return Problem.TOO_LARGE;
                }
                return Problem.OK;
            case CHOICE:
                return spec.choices().contains(value) ? Problem.OK : Problem.NOT_A_CHOICE;
            case BOOL:
                return "true".equals(value) || "false".equals(value) ? Problem.OK : Problem.NOT_A_BOOLEAN;
            default:
                return Problem.OK;
        }
    }

    /** The value as it is passed to the run host: digits without separators, booleans in lower case. */
    public static String normalise(ParamSpec spec, String raw) {
        String value = raw == null ? "" : raw.trim();
        switch (spec.type()) {
            case INT:
            case LONG:
                return value.replace("_", "").replace(",", "").replace(" ", "");
            case BOOL:
                return value.toLowerCase(Locale.ROOT);
            default:
                return value;
        }
    }

    /** True when a value of a switch-like parameter (BOOL, or a lock mode) means "off". */
    public static boolean isOff(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return v.isEmpty() || v.equals("false") || v.equals("none") || v.equals("off") || v.equals("no")
                || v.equals("0");
    }
}
