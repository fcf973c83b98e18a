package org.proclab.ui.theme;

import org.proclab.viz.chart.FontFamilies;

/**
 * The fonts {@link FontFamilies} picked, as the styles and stylesheets the window's nodes use.
 */
public final class UiFonts {
    private UiFonts() {
    }

    /** The UI family (falls back to JavaFX's "System"). */
    public static String sans() {
        return FontFamilies.sans();
    }

    /** The family for code and the console (falls back to "Monospaced"). */
    public static String mono() {
        return FontFamilies.mono();
    }

    /** The root style that sets the chosen families, e.g. for {@code Scene.getRoot().setStyle}. */
    public static String rootStyle() {
        return "-fx-font-family: \"" + sans() + "\";";
    }

    /**
     * A stylesheet (data URI) that sets the chosen families on every scene root, tooltips and menus
     * included: popups do not inherit the window root's inline style.
     */
    public static String stylesheet() {
        String css = ".root, .tooltip, .context-menu, .combo-box-popup {\n  -fx-font-family: \"" + sans() + "\";\n}\n"
                + ".mono {\n  -fx-font-family: \"" + mono() + "\";\n}\n";
        return "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(
                css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The style for a node that shows code. */
    public static String monoStyle() {
        return "-fx-font-family: \"" + mono() + "\";";
    }

}
