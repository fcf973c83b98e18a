package org.proclab.ui.theme;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The two looks of the app. Colours are looked-up colours in assets/themes/*.css; base.css uses them. */
public enum Theme {
    LIGHT, DARK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Theme fromId(String id) {
        return "dark".equalsIgnoreCase(id) ? DARK : LIGHT;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** Stylesheets in the order they apply: the palette of this theme, then the shared rules. */
    public List<String> stylesheets() {
        return List.of(resource("/assets/themes/" + id() + ".css"), resource("/assets/themes/base.css"));
    }

    private static String resource(String path) {
        URL url = Objects.requireNonNull(Theme.class.getResource(path), "missing stylesheet " + path);
        return url.toExternalForm();
    }
}
