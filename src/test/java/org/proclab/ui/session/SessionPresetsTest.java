package org.proclab.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.ui.session.SessionFixture.fx;
import static org.proclab.ui.session.SessionFixture.fxRun;
import static org.proclab.ui.session.SessionFixture.waitUntil;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Lang;
import org.proclab.lesson.Preset;
import org.proclab.lesson.Question;
import org.proclab.lesson.ViewKind;
import org.proclab.lesson.YesCondition;
import org.proclab.ui.run.RunState;
import org.proclab.ui.session.settings.SettingsStore;

/** A preset or the question is one call: its settings over the defaults, then a run; refused while one runs. */
class SessionPresetsTest {
    private static final Preset EACH = new Preset(Map.of(Lang.EN, "lock = each"), Map.of("lock", "each"));
    private static final Chapter ASKS = SessionFixture.chapter("race", "Race", "竞争",
            new Question(Map.of(Lang.EN, "Lost with lost=7?"), Map.of(Lang.EN, "Yes."), "lost",
                    YesCondition.parse("> 0").orElseThrow(), Map.of("lost", "7", "iterations", "20")),
            java.util.EnumSet.of(ViewKind.CONSOLE));
    private static final Chapter SLOW = SessionFixture.chapter("slow", "Slow", "慢", null,
            java.util.EnumSet.of(ViewKind.CONSOLE));
    private SessionFixture fixture;
    private LabSession session;

    @BeforeAll
    static void toolkit() throws Exception {
        SessionFixture.startFx();
    }

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private void open(Chapter first) throws Exception {
        fixture = fx(() -> new SessionFixture(SettingsStore.inMemory(), List.of(first, first == SLOW ? ASKS : SLOW)));
        session = fixture.session;
    }

    private Map<String, String> params() throws Exception {
        return fx(() -> session.params(session.currentChapter().id()).snapshot());
    }

    @Test
    void aPresetSetsItsValuesPutsTheRestBackToDefaultsAndRuns() throws Exception {
        open(SLOW);
        fxRun(() -> session.params("slow").value("iterations").orElseThrow().set("99"));
        assertTrue(fx(() -> session.runPreset(EACH)));
        assertEquals(Map.of("lock", "each", "iterations", "10", "lost", "0"), params());
        assertTrue(fx(() -> session.runningProperty().get()));
        assertEquals("slow", fx(() -> session.runController().lessonId()));
        // While it runs the values on screen stay the run's: a second preset is refused and changes nothing.
        Preset none = new Preset(Map.of(Lang.EN, "none"), Map.of("lock", "none"));
        assertFalse(fx(() -> session.canApplyPresetProperty().get()));
        assertFalse(fx(() -> session.runPreset(none)));
        assertFalse(fx(() -> session.applyPreset(none)));
        assertEquals("each", params().get("lock"));
        fxRun(session::stop);
        waitUntil(20, () -> session.runStateProperty().get() == RunState.STOPPED);
        assertTrue(fx(() -> session.applyPreset(none)));
        assertEquals("none", params().get("lock"));
        assertTrue(fx(() -> session.params("slow").matches(none.settings())));
        assertFalse(fx(() -> session.params("slow").matches(EACH.settings())));
    }

    @Test
    void theQuestionRunsWithItsOwnSettingsAndThatRunIsGraded() throws Exception {
        open(ASKS);
        fxRun(() -> session.predictions().predict("yes"));
        assertTrue(fx(() -> session.runQuestion()));
        assertEquals(Map.of("lock", "none", "iterations", "20", "lost", "7"), params());
        waitUntil(30, () -> session.runStateProperty().get() == RunState.FINISHED);
        waitUntil(10, () -> session.predictions().shownEntryProperty().get().reveal() != null);
        assertEquals("7", fx(() -> session.predictions().shownEntryProperty().get().reveal().figure()));
        fxRun(session::next);
        assertFalse(fx(() -> session.runQuestion()), "the chapter has no question");
    }
}
