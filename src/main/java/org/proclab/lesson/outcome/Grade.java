package org.proclab.lesson.outcome;

import java.util.Locale;

/** How one final value of a race experiment is judged under the lock mode it ran with. */
public enum Grade {
    /** Every update arrived: final == expected. */
    EXPECTED,
    /** Some updates were lost: possible only when nothing serialises the read-add-write (lock=none). */
    INTERESTING,
    /** No interleaving of the workers can produce this value: the run host or runtime has a bug. */
    FORBIDDEN;

    /** "expected", "interesting", "forbidden": the word the JSON lines and CSS classes use. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Grade fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
