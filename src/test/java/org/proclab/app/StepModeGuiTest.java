package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.app.AppFixture.fx;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.proclab.ui.run.RunState;
import org.proclab.viz.value.ValueOp;
import org.proclab.viz.value.ValueTimelineModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Step mode by hand on real worker JVMs: the learner plays the scheduler, loses an update on purpose, sees it
 * marked, and replays it; a worker blocked on the lock cannot step. Also which CPU each process is on, and the
 * prediction revealed after the run.
 */
class StepModeGuiTest extends AppGuiTest {
    private void openLockInStepMode(FxRobot robot, String lock) throws Exception {
        assertTrue(fx(() -> app.session.showChapter("lock")));
        fx(() -> {
            var params = app.session.params("lock");
            params.value("lock").orElseThrow().set(lock);
            params.value("iterations").orElseThrow().set("1");
            params.value("delay").orElseThrow().set("0");
            return null;
        });
        robot.clickOn(robot.lookup("#step-switch .thumb-area").queryAs(Node.class));
        AppFixture.waitUntil(5, () -> app.window.lessonPage().stepSwitch().isSelected());
    }

    /** The worker's Step button; a button with no text until its lane exists. */
    private Button stepButton(FxRobot robot, String worker) {
        return robot.lookup("#step-" + worker).tryQueryAs(Button.class).orElseGet(Button::new);
    }

    /** Waits until the worker's Step button offers this next operation, enabled. */
    private void awaitStep(FxRobot robot, String worker, String next) throws Exception {
        AppFixture.waitUntil(60, () -> {
            Button b = stepButton(robot, worker);
            return b.isVisible() && !b.isDisabled() && b.getText().equals(worker + ": " + next);
        });
    }

    private void step(FxRobot robot, String worker) {
        robot.clickOn("#step-" + worker);
    }

    private String text(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private int sourceLine(String fragment) throws Exception {
        String[] lines = fx(() -> app.session.currentChapter().exampleSource()).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment);
    }

    private void awaitFinished() throws Exception {
        AppFixture.waitUntil(60, () -> app.session.runController().state() == RunState.FINISHED);
    }

    @Test
    void anUpdateLostByHandIsMarkedCountedAndReplayed(FxRobot robot) throws Exception {
        openLockInStepMode(robot, "none");
        fx(() -> {
            app.window.lessonPage().revealPrediction();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#predict-yes");
        robot.clickOn("#run-button");

        awaitStep(robot, "worker-1", "read counter");
        awaitStep(robot, "worker-2", "read counter");
        // While they wait, every process of the run shows the CPU it last ran on, and the core chart says who.
        AppFixture.waitUntil(20, () -> List.of("main", "worker-1", "worker-2").stream().allMatch(w ->
                robot.lookup("#lane-" + w + " .lane-cpu").queryAs(Label.class).getText().matches(".*on CPU \\d+")));
        AppFixture.waitUntil(20, () -> List.of("main", "worker-1", "worker-2").stream().allMatch(w ->
                robot.lookup(n -> n.getId() != null && n.getId().matches("core-\\d+-" + w)).tryQuery().isPresent()));

        step(robot, "worker-1");
        awaitStep(robot, "worker-1", "write counter \u2190 1");
        step(robot, "worker-2");
        awaitStep(robot, "worker-2", "write counter \u2190 3");
        // worker-2 paused last: the code view marks the line it is about to run.
        assertEquals(sourceLine("counter.set(seen + add)"), fx(() -> app.window.lessonPage().codeView()
                .highlightedLine()));
        step(robot, "worker-1");
        AppFixture.waitUntil(30, () -> stepButton(robot, "worker-1").getText().equals("worker-1: done"));
        assertEquals("1", text(robot, "#stat-actual"), "worker-1's write is in memory");
        step(robot, "worker-2");   // writes 0 + 3 over worker-1's 1: worker-1's addition is lost
        awaitFinished();

        assertEquals("4", text(robot, "#stat-expected"));
        assertEquals("3", text(robot, "#stat-actual"));
        assertEquals("1", text(robot, "#stat-lost"));
        ValueTimelineModel.Track counter = fx(() -> app.session.runController().data().values().track("counter")
                .orElseThrow());
        assertEquals(1, counter.lostWrites());
        // The LOST mark is on the update that vanished (worker-1's 1), linked to worker-2's stale write of 3.
        ValueOp lost = counter.inOrder().stream().filter(counter::isLost).findFirst().orElseThrow();
        assertEquals("worker-1", lost.worker());
        assertEquals("0", lost.oldValue());
        assertEquals("1", lost.newValue());
        ValueOp stale = counter.lostTo(lost).orElseThrow();
        assertEquals("worker-2", stale.worker());
        assertEquals("1", stale.oldValue());
        assertEquals("3", stale.newValue());
        assertTrue(counter.ops("worker-2").stream().noneMatch(counter::isLost), "worker-2's surviving write");
        assertEquals(List.of("worker-1", "worker-2", "worker-1", "worker-2"),
                fx(() -> app.session.runController().data().steps().sequence()));
        // The prediction "yes, 4000" meets what happened, and is remembered.
        assertTrue(text(robot, "#prediction-reveal").contains("No (updates lost: 1)"), text(robot, "#prediction-reveal"));
        assertEquals("no", fx(() -> app.session.predictions().store().get("lock").orElseThrow().reveal().actual()));

        robot.clickOn("#replay-button");
        AppFixture.waitUntil(10, () -> app.session.runController().state().active());
        awaitFinished();
        assertEquals("3", text(robot, "#stat-actual"), "the replay loses the same update");
        assertEquals(1, fx(() -> app.session.runController().data().values().track("counter").orElseThrow()
                .lostWrites()));

        fx(() -> app.session.showChapter("queue"));
        fx(() -> app.session.showChapter("lock"));
        assertTrue(fx(() -> app.window.lessonPage().lookup("#predict-yes").getStyleClass().contains("segment")
                && ((javafx.scene.control.ToggleButton) app.window.lessonPage().lookup("#predict-yes")).isSelected()));
        assertTrue(text(robot, "#prediction-reveal").contains("No (updates lost: 1)"));
    }

    @Test
    void aWorkerWaitingForTheLockCannotStepAndSaysWhy(FxRobot robot) throws Exception {
        openLockInStepMode(robot, "each");
        robot.clickOn("#run-button");
        awaitStep(robot, "worker-1", "acquire lock");
        awaitStep(robot, "worker-2", "acquire lock");

        step(robot, "worker-1");
        awaitStep(robot, "worker-1", "read counter");
        step(robot, "worker-2");
        AppFixture.waitUntil(30, () -> stepButton(robot, "worker-2").getText()
                .equals("worker-2: waits for lock (worker-1)"));
        assertTrue(fx(() -> stepButton(robot, "worker-2").isDisabled()));

        step(robot, "worker-1");
        awaitStep(robot, "worker-1", "write counter \u2190 1");
        step(robot, "worker-1");
        awaitStep(robot, "worker-1", "release lock");
        step(robot, "worker-1");
        awaitStep(robot, "worker-2", "read counter");   // the lock passed to worker-2

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        AppFixture.waitUntil(10, () -> app.session.runController().state() == RunState.STOPPED);
    }
}
