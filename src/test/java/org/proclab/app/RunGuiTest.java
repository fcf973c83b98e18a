package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.app.AppFixture.fx;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.proclab.ui.params.ParamModel;
import org.proclab.ui.run.ConsoleLine;
import org.proclab.ui.run.RunState;
import org.testfx.api.FxRobot;

/** Real runs driven through the window: real run hosts, real worker JVMs. */
class RunGuiTest extends AppGuiTest {
    private void open(String lesson) throws Exception {
        assertTrue(fx(() -> app.session.showChapter(lesson)));
    }

    private void set(String param, String value) throws Exception {
        fx(() -> {
            ParamModel params = app.session.params(app.session.currentChapter().id());
            params.value(param).orElseThrow().set(value);
            return null;
        });
    }

    private String param(String name) throws Exception {
        return fx(() -> app.session.params(app.session.currentChapter().id()).value(name).orElseThrow().get());
    }

    private void runAndWait(FxRobot robot, boolean withKeys) throws Exception {
        if (withKeys) {
            robot.press(KeyCode.F5).release(KeyCode.F5);
        } else {
            robot.clickOn("#run-button");
        }
        AppFixture.waitUntil(10, () -> app.session.runController().state() != RunState.IDLE
                && app.session.runController().state() != RunState.FINISHED);
        AppFixture.waitUntil(90, () -> !app.session.runController().state().active());
        assertEquals(RunState.FINISHED, fx(() -> app.session.runController().state()),
                () -> "console: " + consoleText());
    }

    private String consoleText() {
        try {
            return fx(() -> app.window.lab().console().lines().stream().map(ConsoleLine::text)
                    .collect(Collectors.joining("\n")));
        } catch (Exception e) {
            return e.toString();
        }
    }

    private String stat(FxRobot robot, String id) throws Exception {
        return fx(() -> robot.lookup("#" + id).queryAs(Label.class).getText());
    }

    @Test
    void queueRunPrintsTheTutorialsTotal(FxRobot robot) throws Exception {
        open("queue");
        runAndWait(robot, false);
        assertTrue(consoleText().contains("499667166000"), consoleText());
        List<String> lanes = fx(() -> robot.lookup(".lane").queryAll().stream().map(n -> n.getId())
                .collect(Collectors.toList()));
        assertTrue(lanes.contains("lane-main") && lanes.contains("lane-worker-1"), lanes.toString());
    }

    @Test
    void lockOffLosesUpdatesAndLockOnLosesNone(FxRobot robot) throws Exception {
        open("lock");
        set("lock", "none");
        set("iterations", "2000");
        set("delay", "50");
        runAndWait(robot, false);
        long lost = Long.parseLong(stat(robot, "stat-lost"));
        assertTrue(lost > 0, "lost " + lost + "; console: " + consoleText());
        assertTrue(Long.parseLong(stat(robot, "stat-actual")) < Long.parseLong(stat(robot, "stat-expected")));

        // The Lock switch in the value view sets the chapter's lock parameter.
        robot.clickOn(robot.lookup("#lock-switch .thumb-area").queryAs(javafx.scene.Node.class));
        AppFixture.waitUntil(5, () -> !"none".equals(app.session.params("lock").value("lock").orElseThrow().get()));
        assertEquals("loop", param("lock"));
        set("iterations", "300");
        runAndWait(robot, true);
        assertEquals(stat(robot, "stat-expected"), stat(robot, "stat-actual"));
        assertEquals("0", stat(robot, "stat-lost"));
    }

    @Test
    void stopEndsEveryWorkerProcess(FxRobot robot) throws Exception {
        open("lock");
        set("lock", "none");
        set("iterations", "10000000");
        set("delay", "1000");
        robot.clickOn("#run-button");
        // Wait until the workers really run (their lanes say so), then press Esc.
        AppFixture.waitUntil(60, () -> app.session.runController().data().lanes().livePids().size() >= 3);
        List<ProcessHandle> before = ProcessHandle.current().descendants().collect(Collectors.toList());
        assertTrue(before.size() >= 3, "run host and two workers: " + before);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        AppFixture.waitUntil(10, () -> app.session.runController().state() == RunState.STOPPED);
        assertTrue(before.stream().noneMatch(ProcessHandle::isAlive), "left: " + before);
        assertEquals(0, ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count());
        assertEquals(0, fx(() -> app.session.runController().data().exited().survivors()));
    }
}
