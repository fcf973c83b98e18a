package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.app.AppFixture.fx;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.proclab.ui.run.RunState;
import org.testfx.api.FxRobot;

/** What the lab views show after real runs: pool values in order, queue puts and gets, lifetimes, the lock control. */
class LabViewsGuiTest extends AppGuiTest {
    private void run(String lesson, String... settings) throws Exception {
        assertTrue(fx(() -> app.session.showChapter(lesson)));
        fx(() -> {
            for (String s : settings) {
                String[] kv = s.split("=", 2);
                app.session.params(lesson).value(kv[0]).orElseThrow().set(kv[1]);
            }
            return null;
        });
        fx(() -> {
            app.session.run();
            return null;
        });
        AppFixture.waitUntil(10, () -> app.session.runController().state() != RunState.IDLE);
        AppFixture.waitUntil(120, () -> !app.session.runController().state().active());
        assertEquals(RunState.FINISHED, fx(() -> app.session.runController().state()));
    }

    private String label(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    @Test
    void poolChipsShowMapsSquaresInOrderThenTheApplyAsyncResult(FxRobot robot) throws Exception {
        run("pool", "size=4");
        List<String> chips = fx(() -> robot.lookup("#pool-results .result-chip").queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.toList()));
        assertEquals(List.of("0", "1", "4", "9", "16", "25", "36", "49", "64", "81", "4"), chips.subList(0, 11),
                chips.toString());
        assertFalse(chips.stream().anyMatch(c -> c.contains("results")), chips.toString());
    }

    @Test
    void queueLanesShowEachPutAndGetWithItsValueAndHowLongStartUpTook(FxRobot robot) throws Exception {
        run("queue");
        assertEquals("put results \u2192 249833583000", label(robot, "#lane-queue-worker-1"));
        assertEquals("put results \u2192 249833583000", label(robot, "#lane-queue-worker-2"));
        assertEquals("got 249833583000 \u2190 results  (2 queue operations)", label(robot, "#lane-queue-main"));
        assertEquals("results: empty", label(robot, "#queue-queue-1"));
        String life = label(robot, "#lane-life-worker-1");
        assertTrue(life.matches("start-up [\\d,]+ ms"), life);
        long startup = fx(() -> app.session.runController().data().lanes().lanes().stream()
                .filter(l -> l.name().equals("worker-1")).findFirst().orElseThrow().startupNanos());
        assertEquals("start-up " + java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH)
                .format(Math.round(startup / 1e6)) + " ms", life);
        assertEquals(1.0, fx(() -> robot.lookup("#lifetime-worker-1").queryAs(Node.class).getOpacity()));
        String output = label(robot, "#lane-main .lane-output");
        assertTrue(output.startsWith("total: 499667166000"), output);
    }

    @Test
    void theLabHasOneLockControlThatNamesTheModeInForce(FxRobot robot) throws Exception {
        assertTrue(fx(() -> app.session.showChapter("lock")));
        assertTrue(fx(() -> robot.lookup("#lock-mode").tryQuery().isEmpty()), "no second lock control in the lab");
        ToggleSwitch toggle = robot.lookup("#lock-switch").queryAs(ToggleSwitch.class);
        fx(() -> {
            app.session.params("lock").value("lock").orElseThrow().set("each");
            return null;
        });
        assertTrue(fx(toggle::isSelected));
        assertEquals("Lock: each", fx(toggle::getText));
        fx(() -> {
            app.session.params("lock").value("lock").orElseThrow().set("none");
            return null;
        });
        assertFalse(fx(toggle::isSelected));
        assertEquals("Lock: off", fx(toggle::getText));
    }

    @Test
    void aStoppedRunExplainsItsExitCodes(FxRobot robot) throws Exception {
        assertTrue(fx(() -> app.session.showChapter("lock")));
        fx(() -> {
            app.session.params("lock").value("iterations").orElseThrow().set("10000000");
            app.session.run();
            return null;
        });
        AppFixture.waitUntil(60, () -> robot.lookup("#lane-worker-1").tryQuery().isPresent()
                && app.session.runController().state() == RunState.RUNNING);
        fx(() -> {
            app.session.stop();
            return null;
        });
        AppFixture.waitUntil(30, () -> !app.session.runController().state().active());
        String main = fx(() -> robot.lookup("#lane-exit-main").queryAs(Label.class).getText());
        assertTrue(main.contains("SIGTERM") || main.contains("SIGKILL"), main);
    }
}
