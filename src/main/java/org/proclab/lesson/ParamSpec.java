package org.proclab.lesson;

import java.util.List;
import java.util.Map;

/**
 * One parameter a learner may change.
 *
 * @param name         as passed to the example ({@code name=value})
 * @param type         INT / LONG (with min and max), CHOICE (one of choices), BOOL
 * @param defaultValue as text, valid under the spec
 * @param min          inclusive, for INT and LONG; null otherwise
 * @param max          inclusive, for INT and LONG; null otherwise
 * @param choices      for CHOICE; empty otherwise
 * @param help         one line per language
 */
public record ParamSpec(String name, ParamType type, String defaultValue, Long min, Long max,
                        List<String> choices, Map<Lang, String> help) {

    public String help(Lang lang) {
        return help.getOrDefault(lang, help.getOrDefault(Lang.EN, ""));
    }

    /** What the parameter accepts, short: {@code 1..10000000}, {@code none|loop|each|atomic}, {@code true|false}. */
    public String allowed() {
        switch (type) {
            case INT:
            case LONG:
                return min + ".." + max;
            case CHOICE:
                return String.join("|", choices);
            default:
                return "true|false";
        }
    }
}
