package org.proclab.ui.text;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.proclab.lesson.Lang;

/**
 * Every word of the UI in the chosen language (bundles {@code org/proclab/ui/text/ui_en|zh.properties}).
 * Labels bind to {@link #bind(String)} so switching the language relabels the whole window at once.
 */
public final class UiText {
    private final ObjectProperty<Lang> lang = new SimpleObjectProperty<>(Lang.EN);
    private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);

    public UiText() {
        for (Lang l : Lang.values()) {
            bundles.put(l, ResourceBundle.getBundle("org.proclab.ui.text.ui", Locale.forLanguageTag(l.code()),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    public ObjectProperty<Lang> langProperty() {
        return lang;
    }

    public Lang lang() {
        return lang.get();
    }

    /** The text of {@code key} now; the key itself in brackets when a bundle lacks it (visible, not a crash). */
    public String get(String key) {
        try {
            return bundles.get(lang.get()).getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** {@link MessageFormat} over the text of {@code key}, e.g. "exited with code {0}". */
    public String format(String key, Object... args) {
        MessageFormat format = new MessageFormat(get(key), Locale.forLanguageTag(lang.get().code()));
        return format.format(args);
    }

    /** A binding that follows the language. */
    public StringBinding bind(String key) {
        return Bindings.createStringBinding(() -> get(key), lang);
    }

    /** A formatted binding that follows the language (arguments fixed). */
    public StringBinding bindFormat(String key, Object... args) {
        return Bindings.createStringBinding(() -> format(key, args), lang);
    }

    public ResourceBundle bundle(Lang l) {
        return bundles.get(l);
    }
}
