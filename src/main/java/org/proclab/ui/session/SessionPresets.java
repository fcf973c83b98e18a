package org.proclab.ui.session;

import java.util.List;
import java.util.Map;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Preset;
import org.proclab.ui.params.ParamModel;

/**
 * One click per "Try this" line and per question: sets the chapter's parameters to the preset's (the
 * parameters it does not name go back to their defaults, as the lesson means them) and runs. Refused while a
 * run or repetitions are active, so the values on screen stay the ones the run uses.
 */
final class SessionPresets {
    private final LabSession session;

    SessionPresets(LabSession session) {
        this.session = session;
    }

    /** The "Try this" lines of the chapter on screen, in lesson order. */
    List<Preset> shown() {
        Chapter c = session.currentChapter();
        return c == null ? List.of() : c.presets();
    }

    boolean apply(Map<String, String> settings) {
        Chapter c = session.currentChapter();
        if (c == null || !session.canApplyPresetProperty().get()) {
            return false;
        }
        ParamModel params = session.params(c.id());
        params.setAll(c.paramsWith(settings));
        return true;
    }

    boolean run(Map<String, String> settings) {
        if (!apply(settings)) {
            return false;
        }
        session.run();
        return session.runningProperty().get();
    }

    /** The settings the question of the chapter on screen is about, or null when it has no question. */
    Map<String, String> questionSettings() {
        Chapter c = session.currentChapter();
        return c == null || c.question() == null ? null : c.question().settings();
    }
}
