package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.proclab.app.AppFixture.fx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.proclab.python.PythonInterpreter;
import org.proclab.ui.python.CodeTabs;
import org.proclab.ui.python.ComparePane;
import org.proclab.ui.python.CompareRow;
import org.proclab.ui.run.ConsoleLine;
import org.proclab.ui.run.RunData;
import org.proclab.ui.run.RunState;
import org.proclab.viz.lanes.WorkerLane;
import org.proclab.viz.value.ValueTimelineModel;
import org.testfx.api.FxRobot;

/** The Python tab, Run in Python and the compare view, with real run hosts and real CPython processes. */
class PythonGuiTest extends AppGuiTest {
    private static final String NO_PYTHON = "no python3 on this machine (PROCLAB_PYTHON or python3 on the PATH)";

    private CodeTabs tabs(FxRobot robot) {
        return robot.lookup("#code-tabs").queryAs(CodeTabs.class);
    }

    private void openLock(FxRobot robot, Map<String, String> params) throws Exception {
        assertTrue(fx(() -> app.session.showChapter("lock")));
        fx(() -> {
            params.forEach((k, v) -> app.session.params("lock").value(k).orElseThrow().set(v));
            return null;
        });
        fx(() -> {
            tabs(robot).getSelectionModel().select(tabs(robot).pythonTab());
            return null;
        });
    }

    private static int lineOf(String text, String piece) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(piece)) {
                return i + 1;
            }
        }
        throw new AssertionError("\"" + piece + "\" is not in the code");
    }

    @Test
    void thePythonTabShowsTheScriptAndPointingAtALineMarksItsTwin(FxRobot robot) throws Exception {
        openLock(robot, Map.of());
        String script = Files.readString(Path.of("lessons/lock/lock_example.py"), StandardCharsets.UTF_8);
        CodeTabs tabs = tabs(robot);
        assertEquals(script, fx(() -> tabs.pythonPane().codeView().getSource()));
        CodeArea python = tabs.pythonPane().codeView().area();
        CodeArea java = app.window.lessonPage().codeView().area();
        int javaLine = lineOf(fx(java::getText), "int seen = counter.get();");
        int pythonLine = lineOf(script, "seen = counter.value");
        fx(() -> {
            java.moveTo(javaLine - 1, 0);
            return null;
        });
        assertEquals(List.of(pythonLine), fx(() -> tabs.lineMap().markedPythonLines()));
        assertTrue(fx(() -> python.getParagraph(pythonLine - 1).getParagraphStyle().contains("mapped-line")));
        // And back: the Python write marks the Java write.
        int pythonWrite = lineOf(script, "counter.value = seen + add");
        int javaWrite = lineOf(fx(java::getText), "counter.set(seen + add);");
        fx(() -> {
            python.moveTo(pythonWrite - 1, 0);
            return null;
        });
        assertEquals(List.of(javaWrite), fx(() -> tabs.lineMap().markedJavaLines()));
        assertFalse(fx(() -> python.getParagraph(pythonLine - 1).getParagraphStyle().contains("mapped-line")));
    }

    @Test
    void hoveringOverAJavaLineMarksThePythonLineThatDoesTheSame(FxRobot robot) throws Exception {
        openLock(robot, Map.of());
        CodeTabs tabs = tabs(robot);
        CodeArea java = app.window.lessonPage().codeView().area();
        int javaLine = lineOf(fx(java::getText), "new Lock().name(\"lock\")");
        String script = fx(() -> tabs.pythonPane().codeView().getSource());
        // That Java line makes the lock and the barrier; the Python script does it in two lines.
        List<Integer> pythonLines = List.of(lineOf(script, "lock = multiprocessing.Lock()"),
                lineOf(script, "start = multiprocessing.Barrier(args.workers)"));
        fx(() -> {
            tabs.getSelectionModel().select(tabs.javaTab());
            java.showParagraphAtTop(javaLine - 1);
            return null;
        });
        AppFixture.waitUntil(5, () -> fx(() -> java.getParagraphBoundsOnScreen(javaLine - 1).isPresent()));
        Bounds bounds = fx(() -> java.getParagraphBoundsOnScreen(javaLine - 1).orElseThrow());
        robot.moveTo(new Point2D(bounds.getMinX() + 60, bounds.getCenterY()));
        AppFixture.waitUntil(5, () -> fx(() -> tabs.lineMap().markedPythonLines().equals(pythonLines)));
        assertEquals(List.of(javaLine), fx(() -> tabs.lineMap().markedJavaLines()));
    }

    @Test
    void runInPythonFillsTheLanesAndTheValueTimeline(FxRobot robot) throws Exception {
        assumeTrue(PythonInterpreter.find().isPresent(), NO_PYTHON);
        openLock(robot, Map.of("lock", "each", "iterations", "50", "delay", "20", "workers", "2"));
        AppFixture.waitUntil(30, () -> fx(() -> !tabs(robot).pythonPane().runButton().isDisabled()));
        robot.clickOn("#python-run-button");
        AppFixture.waitUntil(10, () -> app.session.runController().state() != RunState.IDLE);
        AppFixture.waitUntil(90, () -> !app.session.runController().state().active());
        assertEquals(RunState.FINISHED, fx(() -> app.session.runController().state()), this::consoleText);
        RunData data = fx(() -> app.session.runController().data());
        List<WorkerLane> lanes = fx(() -> data.lanes().lanes());
        Map<String, Long> pids = lanes.stream().collect(Collectors.toMap(WorkerLane::name, WorkerLane::pid));
        assertEquals(List.of("main", "worker-1", "worker-2"), lanes.stream().map(WorkerLane::name).sorted()
                .collect(Collectors.toList()));
        assertTrue(pids.values().stream().allMatch(pid -> pid > 0) && pids.values().stream().distinct().count() == 3,
                pids.toString());
        ValueTimelineModel.Track counter = fx(() -> data.values().track("counter").orElseThrow());
        // Two workers, 50 additions each, a read and a write per addition; the lock held around each one.
        assertEquals(100, fx(counter::writes));
        assertEquals(0, fx(counter::lostWrites));
        assertEquals(50, fx(() -> data.values().lockSpans("worker-1").stream().filter(s -> s.holding()).count()));
        assertEquals("200", fx(() -> robot.lookup("#stat-actual").queryAs(Label.class).getText()));
        assertEquals("200", fx(() -> robot.lookup("#stat-expected").queryAs(Label.class).getText()));
    }

    @Test
    void theCompareViewShowsBothLanguagesFigures(FxRobot robot) throws Exception {
        assumeTrue(PythonInterpreter.find().isPresent(), NO_PYTHON);
        openLock(robot, Map.of("lock", "each", "iterations", "100", "delay", "10", "workers", "2"));
        ComparePane compare = fx(() -> {
            ComparePane pane = tabs(robot).openCompare();
            pane.runBoth();
            return pane;
        });
        AppFixture.waitUntil(10, () -> fx(compare::running));
        AppFixture.waitUntil(150, () -> fx(() -> !compare.running()));
        Map<String, CompareRow> rows = fx(() -> compare.table().getItems().stream()
                .collect(Collectors.toMap(CompareRow::key, r -> r)));
        assertEquals("400", rows.get("expected").java());
        assertEquals("400", rows.get("expected").python());
        assertEquals("0", rows.get("lost").java());
        assertEquals("0", rows.get("lost").python());
        assertEquals("2", rows.get("@workers").java());
        assertEquals("2", rows.get("@workers").python());
        for (String timed : List.of("@startup_ms", "@wall_ms")) {
            assertTrue(Double.parseDouble(rows.get(timed).java()) > 0, timed + " " + rows.get(timed));
            assertTrue(Double.parseDouble(rows.get(timed).python()) > 0, timed + " " + rows.get(timed));
            assertTrue(rows.get(timed).ratio().endsWith("\u00d7"), rows.get(timed).toString());
        }
    }

    @Test
    void stopDuringAPythonRunLeavesNoPythonProcessBehind(FxRobot robot) throws Exception {
        assumeTrue(PythonInterpreter.find().isPresent(), NO_PYTHON);
        openLock(robot, Map.of("lock", "none", "iterations", "10000000", "delay", "0", "workers", "2"));
        fx(() -> {
            app.session.python().run();
            return null;
        });
        // Both workers have written: the Python processes exist and are traced.
        AppFixture.waitUntil(60, () -> fx(() -> app.session.runController().data().values().track("counter")
                .map(t -> t.workers().size() == 2).orElse(false)));
        List<Long> pythonPids = fx(() -> app.session.runController().data().lanes().lanes().stream()
                .map(WorkerLane::pid).collect(Collectors.toList()));
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        AppFixture.waitUntil(10, () -> app.session.runController().state() == RunState.STOPPED);
        AppFixture.waitUntil(5, () -> pythonPids.stream().noneMatch(pid -> ProcessHandle.of(pid)
                .map(ProcessHandle::isAlive).orElse(false)));
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
        assertEquals(0, fx(() -> app.session.runController().data().survivors()));
    }

    private String consoleText() {
        try {
            return fx(() -> app.window.lab().console().lines().stream().map(ConsoleLine::text)
                    .collect(Collectors.joining("\n")));
        } catch (Exception e) {
            return e.toString();
        }
    }
}
