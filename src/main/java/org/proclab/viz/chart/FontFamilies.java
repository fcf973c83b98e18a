package org.proclab.viz.chart;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.text.Font;

/**
 * Picks installed font families that show Chinese as glyphs: Noto Sans CJK on Linux, Microsoft YaHei on
 * Windows, PingFang on macOS. CSS cannot fall back along a list of families, so the choice is made here,
 * below the UI, so that charts (which draw text on a canvas) and the window's stylesheets use the same one.
 */
public final class FontFamilies {
    private static final List<String> SANS = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei UI",
            "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", "Droid Sans Fallback");
    private static final List<String> MONO = List.of("JetBrains Mono", "Cascadia Mono", "Consolas", "Menlo",
            "SF Mono", "DejaVu Sans Mono", "Noto Sans Mono", "Noto Sans Mono CJK SC", "Liberation Mono");

    private static String sans;
    private static String mono;

    private FontFamilies() {
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
