package org.proclab.ui.session;

/**
 * Formats a text key in the current language ({@code UiText::format} in the window). The session needs words
 * only for the console notes it adds to a run's data; everything else it exposes as keys.
 */
@FunctionalInterface
public interface Messages {
    String format(String key, Object... args);
}
