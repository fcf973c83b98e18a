package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.app.AppFixture.fx;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.proclab.lesson.Chapter;
import org.proclab.ui.lesson.CodeView;
import org.proclab.ui.params.ParamModel;
import org.proclab.ui.run.ConsoleLine;
import org.proclab.ui.run.RunState;
import org.testfx.api.FxRobot;

/** The learner edits and runs code: real compiles in the window, real run hosts and worker JVMs. */
class EditorGuiTest extends AppGuiTest {

    private CodeView code() {
        return app.window.lessonPage().codeView();
    }

    private void open(String lesson) throws Exception {
        assertTrue(fx(() -> app.session.showChapter(lesson)));
    }

    /** Types the change as the learner would: a replacement of a stretch of text in the editor. */
    private void replace(String from, String to) throws Exception {
        fx(() -> {
            CodeArea area = code().area();
            int at = area.getText().indexOf(from);
            assertTrue(at >= 0, "not in the editor: " + from);
            area.replaceText(at, at + from.length(), to);
            return null;
        });
    }

    /** The 1-based line on which {@code text} first appears. */
    private static int lineOf(String source, String text) {
        return (int) source.substring(0, source.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }

    private void set(String param, String value) throws Exception {
        fx(() -> {
            ParamModel params = app.session.params(app.session.currentChapter().id());
            params.value(param).orElseThrow().set(value);
            return null;
        });
    }

    private void runAndWait(FxRobot robot, RunState expected) throws Exception {
        robot.clickOn("#run-button");
        AppFixture.waitUntil(20, () -> app.session.runController().state() != RunState.IDLE
                && app.session.runController().state() != RunState.FINISHED);
        AppFixture.waitUntil(90, () -> !app.session.runController().state().active());
        assertEquals(expected, fx(() -> app.session.runController().state()), this::consoleText);
    }

    private String consoleText() {
        try {
            return fx(() -> app.window.lab().console().lines().stream().map(ConsoleLine::text)
                    .collect(Collectors.joining("\n")));
        } catch (Exception e) {
            return e.toString();
        }
    }

    /**
     * Lays the window out at w x h and counts the code lines in view. Monocle's virtual screen is 1280x800, so
     * a larger size is laid out in a scene of its own that is never drawn (drawing past the screen fails).
     */
    private int visibleLines(Stage stage, double w, double h) throws Exception {
        return fx(() -> {
            Scene original = stage.getScene();
            original.setRoot(new Group());
            Scene sized = new Scene(app.window, w, h);
            try {
                for (int pass = 0; pass < 3; pass++) {
                    app.window.applyCss();
                    app.window.resize(w, h);
                    app.window.layout();
                }
                CodeArea area = code().area();
                return area.lastVisibleParToAllParIndex() - area.firstVisibleParToAllParIndex() + 1;
            } finally {
                sized.setRoot(new Group());
                original.setRoot(app.window);
            }
        });
    }

    @Test
    void theEditorOpensAtTheKeyMethodAndShowsEnoughLines(FxRobot robot) throws Exception {
        open("lock");
        Stage stage = fx(() -> (Stage) app.window.getScene().getWindow());
        int small = visibleLines(stage, 1024, 700);
        assertTrue(small >= 12, "at 1024x700: " + small + " lines");
        int large = visibleLines(stage, 1400, 900);
        assertTrue(large >= 25, "at 1400x900: " + large + " lines");
        String source = fx(() -> app.session.currentChapter().exampleSource());
        int workLine = lineOf(source, "static void work(");
        int first = fx(() -> code().area().firstVisibleParToAllParIndex()) + 1;
        int last = fx(() -> code().area().lastVisibleParToAllParIndex()) + 1;
        assertTrue(first > 3 && first <= workLine && workLine <= last,
                "work() on line " + workLine + ", visible " + first + ".." + last);
    }

    @Test
    void anEditedLockExampleRunsAsEditedAndLosesNothing(FxRobot robot) throws Exception {
        open("lock");
        set("lock", "none");
        set("iterations", "2000");
        set("delay", "50");
        // Take the addition into the lock in the unlocked branch the run takes.
        replace("            default:              // \"none\": nothing stops two workers from overlapping\n"
                        + "                for (int i = 0; i < plan.iterations(); i++) {\n"
                        + "                    addSlowly(counter, add, plan.delayMicros());\n",
                "            default:              // \"none\": now with the lock around each addition\n"
                        + "                for (int i = 0; i < plan.iterations(); i++) {\n"
                        + "                    shared.lock().acquire();\n"
                        + "                    addSlowly(counter, add, plan.delayMicros());\n"
                        + "                    shared.lock().release();\n");
        assertTrue(fx(() -> app.session.edits().editedChapters().contains("lock")));
        // The navigator redraws its cells on the next pulse after the edit is recorded.
        AppFixture.waitUntil(10, () -> fx(() -> robot.lookup("#edit-mark-lock").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false)));
        runAndWait(robot, RunState.FINISHED);
        assertEquals("0", fx(() -> robot.lookup("#stat-lost").queryAs(Label.class).getText()), this::consoleText);
        assertEquals("8000", fx(() -> robot.lookup("#stat-actual").queryAs(Label.class).getText()));
        assertTrue(consoleText().contains("lock=none: expected 8000, got 8000, lost 0"), consoleText());
        assertTrue(consoleText().contains("Your LockExample.java, compiled in"), consoleText());
    }

    @Test
    void aSyntaxErrorIsMarkedOnItsLineAndStartsNoRun(FxRobot robot) throws Exception {
        open("lock");
        replace("        int seen = counter.get();", "        int seen = counter.get()");
        String source = fx(() -> code().getSource());
        int line = lineOf(source, "int seen = counter.get()");
        robot.clickOn("#run-button");
        AppFixture.waitUntil(20, () -> !code().problems().isEmpty());
        assertEquals(line, fx(() -> (int) code().problems().get(0).line()));
        assertNotNull(fx(() -> robot.lookup("#gutter-error-" + line).query()), "gutter mark on line " + line);
        assertEquals(RunState.IDLE, fx(() -> app.session.runController().state()), "no run was started");
        assertTrue(consoleText().contains("LockExample.java:" + line + ": error: ';' expected"), consoleText());
    }

    @Test
    void resetShowsWhatChangedAndRestoresTheOriginal(FxRobot robot) throws Exception {
        open("process");
        Chapter chapter = fx(() -> app.session.currentChapter());
        replace("int a = params.getInt(\"a\", 1);", "int a = params.getInt(\"a\", 10);");
        robot.clickOn("#reset-code");
        String diff = fx(() -> robot.lookup("#reset-diff").queryAs(Label.class).getText());
        assertTrue(diff.contains("- ") && diff.contains("params.getInt(\"a\", 1);")
                && diff.contains("+ ") && diff.contains("params.getInt(\"a\", 10);"), diff);
        robot.clickOn("#reset-confirm");
        assertEquals(chapter.exampleSource(), fx(() -> code().getSource()));
        assertFalse(fx(() -> app.session.edits().editedChapters().contains("process")));
    }

    @Test
    void anExceptionInLearnerCodeMarksItsLine(FxRobot robot) throws Exception {
        open("process");
        replace("        System.out.println(\"job(\" + a + \", \" + b + \") says: a + b = \" + (a + b));",
                "        System.out.println(\"job(\" + a + \", \" + b + \") says: a + b = \" + (a + b));\n"
                        + "        if (a > 0) {\n            throw new IllegalStateException(\"boom in the worker\");\n"
                        + "        }");
        String source = fx(() -> code().getSource());
        int line = lineOf(source, "throw new IllegalStateException");
        robot.clickOn("#run-button");
        AppFixture.waitUntil(20, () -> app.session.runController().state() != RunState.IDLE);
        AppFixture.waitUntil(90, () -> !app.session.runController().state().active());
        AppFixture.waitUntil(5, () -> code().exceptionLine() > 0);
        assertEquals(line, fx(() -> code().exceptionLine()), this::consoleText);
    }

    @Test
    void anExerciseFailsWithItsStartingCodeAndPassesWhenSolved(FxRobot robot) throws Exception {
        open("pool");
        fx(() -> {
            Chapter c = app.session.currentChapter();
            app.session.edits().show(org.proclab.ui.session.CodeTarget.exercise(c, c.exercises().get(0)));
            return null;
        });
        assertTrue(fx(() -> code().getSource().contains("TODO")));
        // The exercise's code sets its own numbers: the chapter's fields give way to a note saying so.
        assertTrue(fx(() -> robot.lookup("#exercise-params").query().isVisible()
                && !robot.lookup("#param-panel").query().isVisible()));
        robot.clickOn("#check-exercise");
        AppFixture.waitUntil(120, () -> app.session.exercises().verdictProperty().get() != null);
        String failed = fx(() -> robot.lookup("#exercise-verdict").queryAs(Label.class).getText());
        assertTrue(failed.startsWith("\u2717") && failed.contains("TASK_FINISHED"), failed);
        replace("            List<Integer> cubes = new ArrayList<>();\n"
                        + "            for (int x : numbers) {\n                cubes.add(cube(x));\n            }\n",
                "            List<Integer> cubes = pool.map(PoolCubes::cube, numbers);\n");
        robot.clickOn("#check-exercise");
        AppFixture.waitUntil(120, () -> app.session.exercises().verdictProperty().get() != null
                && !app.session.exercises().checkingProperty().get());
        String passed = fx(() -> robot.lookup("#exercise-verdict").queryAs(Label.class).getText());
        assertTrue(passed.startsWith("\u2713"), passed);
        assertEquals("Exercises passed: 1 of 1",
                fx(() -> robot.lookup("#exercise-progress").queryAs(Label.class).getText()));
        List<String> items = fx(() -> List.of(app.session.exercises().results().get("pool--cubes")));
        assertEquals(List.of("passed"), items);
        fx(() -> {
            app.session.edits().show(org.proclab.ui.session.CodeTarget.example(app.session.currentChapter()));
            return null;
        });
        assertTrue(fx(() -> robot.lookup("#param-panel").query().isVisible()
                && !robot.lookup("#exercise-params").query().isVisible()), "the example's parameters are back");
    }
}
