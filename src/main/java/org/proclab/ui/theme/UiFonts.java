package org.proclab.ui.theme;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.text.Font;

/**
 * Picks installed font families that show Chinese as glyphs: Noto Sans CJK on Linux, Microsoft YaHei on
 * Windows, PingFang on macOS. CSS cannot fall back along a list of families, so the choice is made here.
 */
public final class UiFonts {
    private static final List<String> SANS = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei UI",
            "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", "Droid Sans Fallback");
    private static final List<String> MONO = List.of("JetBrains Mono", "Cascadia Mono", "Consolas", "Menlo",
            "SF Mono", "DejaVu Sans Mono", "Noto Sans Mono", "Noto Sans Mono CJK SC", "Liberation Mono");

    private static String sans;
    private static String mono;

    private UiFonts() {
    }

    /** The UI family (falls back to JavaFX's "System"). */
    public static synchronized String sans() {
        if (sans == null) {
            sans = first(SANS, "System");
        }
        return sans;
    }

    /** The family for code and the console (falls back to "Monospaced"). */
    public static synchronized String mono() {
        if (mono == null) {
            mono = first(MONO, "Monospaced");
        }
        return mono;
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

    private static String first(List<String> wanted, String fallback) {
        Set<String> installed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        installed.addAll(Font.getFamilies());
        for (String family : wanted) {
            if (installed.contains(family)) {
                return family;
            }
        }
        return fallback;
    }
}
