package org.proclab.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.ui.session.SessionFixture.fx;
import static org.proclab.ui.session.SessionFixture.fxRun;
import static org.proclab.ui.session.SessionFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Lang;
import org.proclab.lesson.ViewKind;
import org.proclab.lesson.predict.Verdict;
import org.proclab.ui.run.ConsoleLine;
import org.proclab.ui.run.RunData;
import org.proclab.ui.run.RunState;
import org.proclab.ui.session.settings.PredictionStore;
import org.proclab.ui.session.settings.Settings;
import org.proclab.ui.session.settings.SettingsStore;
import org.proclab.ui.theme.Theme;

/** The session model without a window: its guards, its commands and what it remembers, against fake hosts. */
class LabSessionTest {
    @TempDir
    Path dir;
    private SessionFixture fixture;
    private LabSession session;

    @BeforeAll
    static void toolkit() throws Exception {
        SessionFixture.startFx();
    }

    private void open(SettingsStore settings) throws Exception {
        fixture = fx(() -> new SessionFixture(settings));
        session = fixture.session;
    }

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private void set(String param, String value) throws Exception {
        fxRun(() -> session.params(session.currentChapter().id()).value(param).orElseThrow().set(value));
    }

    private List<String> notes(RunData data) {
        return data.takeNewConsoleLines().stream().filter(l -> l.kind() == ConsoleLine.Kind.NOTE)
                .map(ConsoleLine::text).collect(Collectors.toList());
    }

    @Test
    void aRunIsGuardedWhileActiveAndStopEndsItWithItsNote() throws Exception {
        open(SettingsStore.inMemory());
        assertTrue(fx(() -> session.showChapter("slow")));
        assertTrue(fx(() -> session.canRunProperty().get() && !session.canStopProperty().get()));
        fxRun(session::run);
        assertTrue(fx(() -> session.runningProperty().get()));
        assertFalse(fx(() -> session.canRunProperty().get()));
        assertFalse(fx(() -> session.canRepeatProperty().get()));
        assertTrue(fx(() -> session.canStopProperty().get()));
        RunData first = fx(() -> session.runController().data());
        assertSame(first, fx(() -> session.shownDataProperty().get()));
        waitUntil(30, () -> session.runStateProperty().get() == RunState.RUNNING);

        fxRun(session::run);
        fxRun(() -> session.repeat(3));
        assertSame(first, fx(() -> session.runController().data()), "a second run did not start");
        assertFalse(fx(() -> session.repeatingProperty().get()), "nor did repetitions");

        fxRun(session::stop);
        waitUntil(20, () -> session.runStateProperty().get() == RunState.STOPPED);
        StatusMessage status = fx(() -> session.statusProperty().get());
        assertEquals("status.stopped", status.key());
        assertEquals("slow", status.args().get(0));
        List<String> notes = fx(() -> notes(first));
        assertTrue(notes.get(0).startsWith("console.started[slow]  lock=none  iterations=10"), notes.toString());
        assertTrue(notes.get(notes.size() - 1).startsWith("status.stopped[slow, "), notes.toString());
        assertTrue(fx(() -> session.canRunProperty().get() && !session.runningProperty().get()));
        assertFalse(fx(() -> session.chaptersRun().contains("slow")), "a stopped run does not count");
    }

    @Test
    void openingAnotherChapterStopsTheRun() throws Exception {
        open(SettingsStore.inMemory());
        fxRun(() -> session.showChapter("slow"));
        fxRun(session::run);
        waitUntil(30, () -> session.runStateProperty().get() == RunState.RUNNING);
        RunData ran = fx(() -> session.runController().data());

        fxRun(session::next);
        assertEquals("plain", fx(() -> session.currentChapter().id()));
        waitUntil(20, () -> session.runStateProperty().get() == RunState.STOPPED);
        assertNotSame(ran, fx(() -> session.shownDataProperty().get()), "the new chapter's lab starts empty");
        fxRun(session::previous);
        assertSame(ran, fx(() -> session.shownDataProperty().get()), "back on the run's chapter, its data again");
    }

    @Test
    void invalidParametersRefuseRunAndRepeatWithTheReason() throws Exception {
        open(SettingsStore.inMemory());
        set("iterations", "many");
        assertFalse(fx(() -> session.canRunProperty().get()));
        fxRun(session::run);
        assertEquals(RunState.IDLE, fx(() -> session.runStateProperty().get()));
        assertEquals(StatusMessage.of("status.invalidParams"), fx(() -> session.statusProperty().get()));
        fxRun(() -> session.repeat(2));
        assertFalse(fx(() -> session.repeatingProperty().get()));
        set("iterations", "5");
        assertTrue(fx(() -> session.canRunProperty().get()));
    }

    @Test
    void aFinishedRunIsRememberedAndGradesThePrediction() throws Exception {
        Path file = dir.resolve("settings.json");
        open(SettingsStore.at(file));
        assertEquals("race", fx(() -> session.currentChapter().id()));
        fxRun(() -> session.predictions().predict("yes"));
        set("lost", "3");
        fxRun(session::run);
        waitUntil(30, () -> session.runStateProperty().get() == RunState.FINISHED);

        StatusMessage status = fx(() -> session.statusProperty().get());
        assertEquals("status.finished", status.key());
        assertEquals("race", status.args().get(0));
        assertTrue(fx(() -> session.chaptersRun().contains("race")));
        PredictionStore.Entry entry = fx(() -> session.predictions().shownEntryProperty().get());
        assertEquals(Verdict.MISSED, entry.reveal().verdict());
        assertEquals("no", entry.reveal().actual());
        assertEquals("3", entry.params().get("lost"));

        Settings saved = SettingsStore.at(file).get();
        assertEquals(List.of("race"), saved.chaptersRun());
        assertEquals("race", saved.lastChapter());
        assertEquals(Verdict.MISSED, PredictionStore.beside(file).get("race").orElseThrow().reveal().verdict());
        assertTrue(Files.isRegularFile(dir.resolve("progress.json")));
    }

    @Test
    void languageThemeAndChapterComeBackNextTime() throws Exception {
        Path file = dir.resolve("settings.json");
        open(SettingsStore.at(file));
        fxRun(() -> {
            session.showChapter("plain");
            session.langProperty().set(Lang.ZH);
            session.toggleTheme();
            session.rememberSize(1111, 777);
        });
        assertEquals("ProcLab \u2014 普通", fx(() -> session.titleProperty().get()));
        fixture.close();
        open(SettingsStore.at(file));
        assertEquals("plain", fx(() -> session.currentChapter().id()));
        assertEquals(Lang.ZH, fx(() -> session.langProperty().get()));
        assertEquals(Theme.DARK, fx(() -> session.themeProperty().get()));
        assertEquals(1111, SettingsStore.at(file).get().width());
        assertFalse(fx(() -> session.hasNextProperty().get()));
        assertTrue(fx(() -> session.hasPreviousProperty().get()));
    }

    @Test
    void stepModeBelongsToChaptersThatHaveIt() throws Exception {
        Chapter flat = SessionFixture.chapter("flat", "Flat", "平", null, EnumSet.of(ViewKind.CONSOLE));
        fixture = fx(() -> new SessionFixture(SettingsStore.inMemory(), List.of(SessionFixture.SLOW, flat)));
        session = fixture.session;
        fxRun(() -> session.stepModeProperty().set(true));
        fxRun(session::run);
        assertTrue(fx(() -> session.runController().stepped()));
        assertTrue(fx(() -> session.runController().data().steps().active()));
        assertFalse(fx(() -> session.step("worker-1")), "no worker has paused yet");
        fxRun(session::next);
        assertFalse(fx(() -> session.stepModeProperty().get()), "a chapter without step mode turns it off");
        waitUntil(20, () -> !session.runningProperty().get());
        fxRun(session::run);
        assertFalse(fx(() -> session.runController().stepped()));
    }

    @Test
    void repetitionsAreGuardedCountedAndBlockARun() throws Exception {
        open(SettingsStore.inMemory());
        fxRun(() -> session.repeat(3));
        assertTrue(fx(() -> session.repeatingProperty().get()));
        assertFalse(fx(() -> session.canRepeatProperty().get()));
        assertFalse(fx(() -> session.canRunProperty().get()));
        fxRun(session::run);
        assertEquals(RunState.IDLE, fx(() -> session.runStateProperty().get()), "no run during repetitions");
        waitUntil(30, () -> !session.repeatingProperty().get());
        assertEquals(3, fx(() -> session.board().lockOff().orElseThrow().done()));
        assertTrue(fx(() -> session.boardVersionProperty().get() > 0));
        assertTrue(fx(() -> session.canRepeatProperty().get() && session.canRunProperty().get()));
    }
}
