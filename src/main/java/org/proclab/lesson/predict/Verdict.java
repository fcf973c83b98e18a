package org.proclab.lesson.predict;

import java.util.Locale;

/** How a prediction compares with what really happened. */
public enum Verdict {
    /** The run gave what the learner predicted. */
    MATCHED,
    /** The run gave something else. */
    MISSED,
    /** The prediction was in words that cannot be compared with the figure: the learner judges. */
    OPEN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
