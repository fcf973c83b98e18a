package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.app.AppFixture.fx;

import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Preset;
import org.proclab.ui.run.RunState;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A "Try this" chip and the question's button are each one click: the parameters are set and the run starts. */
class PresetGuiTest extends AppGuiTest {
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    @Test
    void clickingAPresetSetsItsParametersAndRuns(FxRobot robot) throws Exception {
        Chapter lock = app.course.chapter("lock").orElseThrow();
        assertTrue(fx(() -> app.session.showChapter("lock")));
        int each = indexOf(lock, "lock", "each");
        Preset preset = lock.presets().get(each);
        fx(() -> {
            app.session.params("lock").value("delay").orElseThrow().set("7");
            return null;
        });
        robot.clickOn("#preset-" + each);
        AppFixture.waitUntil(10, () -> app.session.runningProperty().get());
        assertEquals("lock", fx(() -> app.session.runController().lessonId()));
        assertEquals(lock.paramsWith(preset.settings()), fx(() -> app.session.params("lock").snapshot()));
        assertEquals("each", fx(() -> app.session.params("lock").snapshot().get("lock")));
        Node chip = robot.lookup("#preset-" + each).query();
        assertTrue(fx(() -> chip.getPseudoClassStates().contains(CHOSEN)));
        assertTrue(fx(chip::isDisabled), "no other preset while this run goes");

        robot.clickOn("#stop-button");
        AppFixture.waitUntil(30, () -> app.session.runStateProperty().get() == RunState.STOPPED);
        // The question follows the lesson text: scroll to it, as a learner does.
        fx(() -> {
            app.window.lessonPage().revealPrediction();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Button ask = robot.lookup("#predict-run").queryAs(Button.class);
        assertTrue(fx(() -> ask.isVisible() && !ask.isDisabled()));
        robot.clickOn(ask);
        AppFixture.waitUntil(10, () -> app.session.runningProperty().get());
        Map<String, String> asked = lock.paramsWith(lock.question().settings());
        assertEquals(asked, fx(() -> app.session.params("lock").snapshot()));
        assertEquals("none", asked.get("lock"));
        assertTrue(fx(() -> !chip.getPseudoClassStates().contains(CHOSEN)), "lock=each is no longer on screen");
    }

    @Test
    void aGradedRunScrollsToItsVerdictButOpeningTheChapterStartsAtTheTop(FxRobot robot) throws Exception {
        assertTrue(fx(() -> app.session.showChapter("lock")));
        javafx.scene.control.ScrollPane reading = robot.lookup(".lesson-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class);
        fx(() -> {
            app.session.predictions().predict("no");
            reading.setVvalue(0);
            return app.session.runQuestion();
        });
        AppFixture.waitUntil(60, () -> app.session.runStateProperty().get() == RunState.FINISHED
                && app.session.predictions().shownEntryProperty().get().reveal() != null);
        WaitForAsyncUtils.waitForFxEvents();
        // The fixture's window is too short for the whole lock lesson: the verdict is below the first screen.
        assertTrue(fx(reading::getVvalue) > 0, "scrolled to the verdict");
        assertTrue(fx(() -> app.session.showChapter("pool")));
        assertTrue(fx(() -> app.session.showChapter("lock")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.0, fx(reading::getVvalue), "a graded chapter opens at its lesson's top");
    }

    private static int indexOf(Chapter c, String param, String value) {
        for (int i = 0; i < c.presets().size(); i++) {
            if (value.equals(c.presets().get(i).settings().get(param))) {
                return i;
            }
        }
        throw new AssertionError("no preset " + param + "=" + value + " in " + c.id());
    }
}
