package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.app.AppFixture.fx;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.Test;
import org.proclab.lesson.outcome.Grade;
import org.proclab.lesson.outcome.OutcomeHistogram.Bar;
import org.proclab.viz.outcome.OutcomeBoard;
import org.testfx.api.FxRobot;

/** The outcome histogram: the lock race run many times in the background, lock off against lock on. */
class OutcomesGuiTest extends AppGuiTest {
    /** Few iterations with a long read-to-write delay: on a busy 2-core machine the runs still differ. */
    private static final int RUNS = 20;

    private OutcomeBoard board() throws Exception {
        return fx(() -> app.session.repeatController().board());
    }

    private void runAll(FxRobot robot) throws Exception {
        robot.clickOn("#repeat-button");
        // The progress bar moves while the runs go on in the background.
        AppFixture.waitUntil(120, () -> robot.lookup("#repeat-progress").queryAs(ProgressBar.class).getProgress() > 0);
        assertTrue(fx(() -> app.session.repeatController().running()));
        AppFixture.waitUntil(300, () -> !app.session.repeatController().running());
    }

    @Test
    void lockOffGivesManyOutcomesLockOnExactlyOneAndStopCancels(FxRobot robot) throws Exception {
        assertTrue(fx(() -> app.session.showChapter("lock")));
        fx(() -> {
            var params = app.session.params("lock");
            params.value("lock").orElseThrow().set("none");
            params.value("iterations").orElseThrow().set("10");
            params.value("delay").orElseThrow().set("500");
            app.window.lab().outcomes().runsProperty().set(RUNS);
            return null;
        });
        robot.clickOn("#tab-outcomes");
        assertEquals("Run 20 times", fx(() -> robot.lookup("#repeat-button").queryAs(javafx.scene.control.Button.class)
                .getText()));

        runAll(robot);
        OutcomeBoard.Series off = board().lockOff().orElseThrow();
        List<Bar> offBars = fx(() -> off.histogram().bars());
        assertEquals(RUNS, off.done());
        assertTrue(offBars.size() > 1, "lock off: " + offBars);
        assertEquals(0, fx(() -> off.histogram().count(Grade.FORBIDDEN)), offBars.toString());
        assertTrue(fx(() -> robot.lookup("#outcomes-off-summary").queryAs(Label.class).getText())
                .startsWith("20 runs, " + offBars.size() + " different outcomes; "));

        robot.clickOn(robot.lookup("#lock-switch .thumb-area").queryAs(Node.class));
        AppFixture.waitUntil(5, () -> !"none".equals(app.session.params("lock").value("lock").orElseThrow().get()));
        runAll(robot);
        OutcomeBoard.Series on = board().lockOn().orElseThrow();
        assertEquals(List.of(new Bar(40, RUNS, 100.0, Grade.EXPECTED)), fx(() -> on.histogram().bars()));
        assertEquals("20 runs, 1 outcome; 20 reached 40",
                fx(() -> robot.lookup("#outcomes-on-summary").queryAs(Label.class).getText()));
        assertEquals(offBars, fx(() -> board().lockOff().orElseThrow().histogram().bars()), "lock off is kept");
        assertFalse(fx(() -> app.window.lab().outcomes().lookup("#outcomes-on-chart") == null));

        // Stop cancels a series: what was counted stays, marked as stopped, and no JVM is left.
        robot.clickOn("#repeat-button");
        AppFixture.waitUntil(120, () -> app.session.repeatController().board().running()
                .map(s -> s.done() >= 1).orElse(false));
        robot.clickOn("#repeat-stop");
        AppFixture.waitUntil(15, () -> !app.session.repeatController().running());
        OutcomeBoard.Series stopped = board().lockOn().orElseThrow();
        assertTrue(stopped.stopped() && stopped.done() < RUNS, stopped.done() + " runs");
        AppFixture.waitUntil(10, () -> ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
    }
}
