package org.proclab.ui.session;

import java.util.List;

/**
 * What the status bar says, as a text key and its arguments: the window formats it in the language on screen,
 * so the session never holds words. {@link #NONE} is an empty line.
 */
public record StatusMessage(String key, List<Object> args) {
    public static final StatusMessage NONE = new StatusMessage(null, List.of());

    public StatusMessage {
        args = List.copyOf(args);
    }

    public static StatusMessage of(String key, Object... args) {
        return new StatusMessage(key, List.of(args));
    }

    public boolean isEmpty() {
        return key == null;
    }
}
