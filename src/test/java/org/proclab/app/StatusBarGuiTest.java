package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.app.AppFixture.fx;

import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.proclab.ui.run.RunState;
import org.testfx.api.FxRobot;

/** The status bar counts the run's events for the learner; the longest frame is a developer's figure. */
class StatusBarGuiTest extends AppGuiTest {
    @Test
    void frameTimesOnlyForDevelopers(FxRobot robot) throws Exception {
        fx(() -> {
            app.session.showChapter("lock");
            app.session.params("lock").value("iterations").orElseThrow().set("100");
            app.session.params("lock").value("delay").orElseThrow().set("0");
            app.session.run();
            return null;
        });
        AppFixture.waitUntil(60, () -> app.session.runStateProperty().get() == RunState.FINISHED);
        Label events = robot.lookup("#status-events").queryAs(Label.class);
        Label frame = robot.lookup("#status-frame").queryAs(Label.class);
        long n = fx(() -> app.session.runController().data().events());
        assertEquals(String.format(java.util.Locale.ROOT, "%,d events", n), fx(events::getText));
        assertFalse(fx(frame::isVisible), "a learner sees no frame times");
        assertFalse(fx(() -> SceneWalk.of(app.window.getScene()).strings().stream()
                .anyMatch(s -> s.startsWith("longest frame"))));
        fx(() -> {
            app.window.statusBar().developerFiguresProperty().set(true);
            return null;
        });
        assertTrue(fx(frame::isVisible));
        assertTrue(fx(frame::getText).matches("longest frame \\d+ ms"), fx(frame::getText));
    }

    @Test
    void devOptionTurnsThemOn() {
        assertTrue(AppOptions.parse(List.of("--dev")).dev());
        assertFalse(AppOptions.parse(List.of("--lesson", "lock")).dev());
    }

    @Test
    void summarySaysSecondsFromTheStart() {
        assertEquals("1.5 s", RunSummary.since(1_000_000_000L, 2_500_000_000L));
        assertEquals("none", RunSummary.since(1_000_000_000L, 0));
    }
}
