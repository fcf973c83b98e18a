package org.proclab.viz.value;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example's own variable names for the shared objects the runtime numbered: a Value that was not given a
 * name is "value-K" in the events, the K-th {@code new Value} of its program, so the K-th
 * {@code x = new Value<>(...)} in the example's source is called {@code x} on screen (same for Array and Queue).
 */
public final class SubjectNames {
    private static final Pattern CREATION = Pattern.compile(
            "(?:(\\w+)\\s*=\\s*)?new\\s+(Value|Array|Queue)\\s*<[^>]*>\\s*\\(");
    private final Map<String, String> names = new HashMap<>();

    private SubjectNames() {
    }

    public static SubjectNames none() {
        return new SubjectNames();
    }

    public static SubjectNames fromSource(String source) {
        SubjectNames n = new SubjectNames();
        if (source == null) {
            return n;
        }
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = CREATION.matcher(source);
        while (m.find()) {
            String kind = m.group(2).toLowerCase(java.util.Locale.ROOT);
            int k = counts.merge(kind, 1, Integer::sum);
            if (m.group(1) != null) {
                n.names.put(kind + "-" + k, m.group(1));
            }
        }
        return n;
    }

    /** "value-1" -> "count", "array-1[2]" -> "numbers[2]"; any other subject as it is. */
    public String label(String subject) {
        if (subject == null) {
            return null;
        }
        int bracket = subject.indexOf('[');
        String base = bracket < 0 ? subject : subject.substring(0, bracket);
        String name = names.get(base);
        return name == null ? subject : name + (bracket < 0 ? "" : subject.substring(bracket));
    }
}
