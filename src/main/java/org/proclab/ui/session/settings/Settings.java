package org.proclab.ui.session.settings;

import java.util.List;

/**
 * What the app remembers between runs. Learner progress lives here, in the user's config folder, never in
 * the lessons folder.
 *
 * @param lang        "en" or "zh"
 * @param theme       "light" or "dark"
 * @param chaptersRun ids of chapters the learner has run at least once
 */
public record Settings(double width, double height, String lastChapter, String lang, String theme,
                       List<String> chaptersRun) {

    public static Settings defaults() {
        return new Settings(1400, 900, null, "en", "light", List.of());
    }

    public Settings withSize(double w, double h) {
        return new Settings(w, h, lastChapter, lang, theme, chaptersRun);
    }

    public Settings withLastChapter(String id) {
        return new Settings(width, height, id, lang, theme, chaptersRun);
    }

    public Settings withLang(String code) {
        return new Settings(width, height, lastChapter, code, theme, chaptersRun);
    }

    public Settings withTheme(String name) {
        return new Settings(width, height, lastChapter, lang, name, chaptersRun);
    }

    public Settings withChapterRun(String id) {
        if (chaptersRun.contains(id)) {
            return this;
        }
        List<String> run = new java.util.ArrayList<>(chaptersRun);
        run.add(id);
        return new Settings(width, height, lastChapter, lang, theme, List.copyOf(run));
    }
}
