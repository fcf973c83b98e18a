package org.proclab.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One "Try this" line of a lesson as data: what the button says and the parameters it sets before it runs.
 * Parameters it does not name keep their defaults.
 *
 * @param label    the button's text, per language
 * @param settings parameter name to value, valid under the chapter's specs and in spec order
 */
public record Preset(Map<Lang, String> label, Map<String, String> settings) {

    public Preset {
        label = Map.copyOf(label);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    public String label(Lang lang) {
        return label.getOrDefault(lang, label.get(Lang.EN));
    }
}
