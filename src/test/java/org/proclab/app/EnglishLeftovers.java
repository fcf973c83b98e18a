package org.proclab.app;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.proclab.lesson.Lang;
import org.proclab.ui.text.UiText;

/**
 * Finds English UI text among the strings a Chinese window shows: a string that is an English bundle value
 * (where the Chinese differs), or that an English pattern with arguments ("Run of {0} finished in {1} s")
 * produces.
 */
final class EnglishLeftovers {
    private final List<String> plain = new ArrayList<>();
    private final List<Pattern> patterns = new ArrayList<>();

    EnglishLeftovers(UiText text) {
        ResourceBundle en = text.bundle(Lang.EN);
        ResourceBundle zh = text.bundle(Lang.ZH);
        for (String key : en.keySet()) {
            String e = en.getString(key);
            if (e.equals(zh.getString(key)) || e.contains("choice,")) {
                continue;
            }
            if (!e.contains("{")) {
                plain.add(e.replace("''", "'"));
            } else {
                String[] literals = e.replace("''", "'").split("\\{[^}]*}", -1);
                StringBuilder regex = new StringBuilder();
                int letters = 0;
                for (int i = 0; i < literals.length; i++) {
                    if (i > 0) {
                        regex.append(".*?");
                    }
                    regex.append(Pattern.quote(literals[i]));
                    letters += literals[i].replaceAll("[^A-Za-z]", "").length();
                }
                if (letters >= 6) {
                    patterns.add(Pattern.compile(regex.toString()));
                }
            }
        }
    }

    /** The shown strings ("text\twhere") that are English UI text; code (inline code, parameter names) is data. */
    List<String> in(List<String> shown) {
        List<String> found = new ArrayList<>();
        for (String s : shown) {
            if (s.contains("md-code") || s.contains("param-name")) {
                continue;
            }
            String t = s.split("\t")[0].trim();
            if (plain.contains(t)) {
                found.add("\"" + s + "\" (an English text)");
                continue;
            }
            for (Pattern p : patterns) {
                if (p.matcher(t).find()) {
                    found.add("\"" + s + "\" (English pattern " + p.pattern() + ")");
                    break;
                }
            }
        }
        return found;
    }
}
