package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.app.AppFixture.fx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.lesson.Chapter;
import org.proclab.ui.run.ConsoleLine;
import org.proclab.ui.run.RunData;
import org.proclab.ui.run.RunState;
import org.proclab.ui.session.settings.SettingsStore;
import org.proclab.ui.run.RunController;
import org.proclab.viz.lanes.WorkerLane;
import org.proclab.viz.value.ValueTimelineModel;
import org.testfx.api.FxRobot;

/** The scratch page: outside the course, the learner's own program run on real worker JVMs with every view. */
class ScratchGuiTest extends AppGuiTest {
    @TempDir
    Path dir;

    private String editorText(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#code-area").queryAs(CodeArea.class).getText());
    }

    private String consoleText() {
        try {
            return fx(() -> app.window.lab().console().lines().stream().map(ConsoleLine::text)
                    .collect(Collectors.joining("\n")));
        } catch (Exception e) {
            return e.toString();
        }
    }

    private RunData runAndWait(FxRobot robot) throws Exception {
        robot.clickOn("#run-button");
        AppFixture.waitUntil(20, () -> app.session.runController().state() != RunState.IDLE);
        AppFixture.waitUntil(90, () -> !app.session.runController().state().active());
        assertEquals(RunState.FINISHED, fx(() -> app.session.runController().state()), this::consoleText);
        return fx(() -> app.session.shownDataProperty().get());
    }

    private static boolean shown(FxRobot robot, String id) throws Exception {
        return fx(() -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void theTemplateRunsOnRealWorkersAndFillsTheLanesAndTheSharedValue(FxRobot robot) throws Exception {
        Chapter scratch = app.course.scratch();
        robot.clickOn("#nav-scratch");
        AppFixture.waitUntil(10, () -> app.session.currentChapter() == scratch);
        assertEquals("Outside the course \u00b7 not counted as a chapter",
                fx(() -> robot.lookup("#lesson-kicker").queryAs(Label.class).getText()));
        assertEquals(scratch.exampleSource(), editorText(robot));
        assertEquals(app.course.chapters(), fx(() -> List.copyOf(
                robot.lookup("#chapter-list").queryListView().getItems())), "the page is no chapter of the list");
        assertTrue(fx(() -> robot.lookup("#next-chapter").queryAs(Button.class).isDisabled()));
        assertTrue(shown(robot, "#open-code") && shown(robot, "#save-code"));
        assertEquals(List.of("java-tab"), fx(() -> robot.lookup("#code-tabs").queryAs(TabPane.class).getTabs()
                .stream().map(Tab::getId).toList()), "no Python original, no Python tab");

        RunData data = runAndWait(robot);

        List<String> lanes = fx(() -> data.lanes().lanes().stream().map(WorkerLane::name).toList());
        assertTrue(lanes.containsAll(List.of("main", "worker-1", "worker-2", "pool-1-worker-1", "pool-1-worker-2")),
                lanes.toString());
        for (WorkerLane lane : fx(() -> data.lanes().lanes())) {
            assertTrue(lane.pid() > 0, lane.name());
        }
        ValueTimelineModel.Track total = fx(() -> data.values().track("total").orElseThrow());
        assertEquals(10, fx(total::writes), "five locked additions per worker");
        assertEquals("17984", fx(total::current));
        assertTrue(fx(() -> data.values().hasLockSpans()));
        assertEquals("17984", fx(() -> data.reports().get("primes")));
        assertTrue(consoleText().contains("squares: [1, 4, 9, 16, 25, 36, 49, 64]"), consoleText());
        assertTrue(consoleText().contains("Your ScratchExample.java, compiled in"), consoleText());
        assertTrue(fx(() -> robot.lookup("#lane-worker-2").tryQuery().isPresent()));
        assertFalse(fx(() -> app.session.chaptersRun().contains(scratch.id())), "the scratch page counts for nothing");

        robot.clickOn("#prev-chapter");
        AppFixture.waitUntil(10, () -> app.session.currentChapter() == app.course.chapter("lock").orElseThrow());
    }

    @Test
    void anOpenedFileWithAnyClassNameRunsUnderThatName(FxRobot robot) throws Exception {
        fx(() -> {
            app.session.showScratch();
            return null;
        });
        String program = "import org.proclab.runtime.Process;\n\n"
                + "public class MyOwnLab {\n"
                + "    static void hello(String who) {\n"
                + "        System.out.println(\"hello from \" + who);\n"
                + "    }\n\n"
                + "    public static void main(String[] args) {\n"
                + "        Process p = new Process(MyOwnLab::hello, \"a worker JVM\").name(\"worker-1\");\n"
                + "        p.start();\n"
                + "        p.join();\n"
                + "        System.out.println(\"worker exit code \" + p.exitCode());\n"
                + "    }\n"
                + "}\n";
        Path file = Files.writeString(dir.resolve("MyOwnLab.java"), program, StandardCharsets.UTF_8);

        fx(() -> app.session.edits().open(file));

        assertEquals(program, editorText(robot));
        assertEquals("MyOwnLab.java", fx(() -> robot.lookup("#code-title").queryAs(Label.class).getText()));
        assertTrue(fx(() -> robot.lookup("#status-text").queryAs(Label.class).getText()).startsWith("Opened MyOwnLab.java"));
        AppFixture.waitUntil(10, () -> shown(robot, "#edit-mark-scratch"));
        RunData data = runAndWait(robot);
        assertTrue(consoleText().contains("hello from a worker JVM"), consoleText());
        assertTrue(consoleText().contains("worker exit code 0"), consoleText());
        assertTrue(consoleText().contains("Your MyOwnLab.java, compiled in"), consoleText());
        assertTrue(fx(() -> data.lanes().lanes().stream().anyMatch(l -> l.name().equals("worker-1") && l.pid() > 0)));

        Path bad = Files.write(dir.resolve("Bad.java"), new byte[] {(byte) 0xC3, (byte) 0x28});
        fx(() -> app.session.edits().open(bad));
        assertEquals(program, editorText(robot), "a file that is not UTF-8 changes nothing");
        assertEquals("Bad.java is not UTF-8 text: the editor is unchanged",
                fx(() -> robot.lookup("#status-text").queryAs(Label.class).getText()));

        Path noMain = Files.writeString(dir.resolve("NoMain.java"), "public class NoMain {\n}\n");
        fx(() -> app.session.edits().open(noMain));
        RunData before = fx(() -> app.session.runController().data());
        robot.clickOn("#run-button");
        AppFixture.waitUntil(20, () -> robot.lookup("#status-text").queryAs(Label.class).getText()
                .startsWith("No class in NoMain.java has public static void main"));
        assertEquals(before, fx(() -> app.session.runController().data()), "no run was started");
    }

    /** Run folders holding the scratch template's classes (other programs' runs are not this test's). */
    private static List<Path> scratchRunFolders() throws java.io.IOException {
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(p -> p.getFileName().toString().startsWith("proclab-run-"))
                    .filter(p -> Files.exists(p.resolve("classes/org/proclab/lessons/ScratchExample.class")))
                    .toList();
        }
    }

    @Test
    void closingTheWindowDuringARunDeletesTheCompiledClasses() throws Exception {
        // A window of its own: once shut down it runs nothing more, and the shared one must stay usable.
        MainWindow window = fx(() -> new MainWindow(app.course, SettingsStore.inMemory(), app.samplers,
                RunController.standard()));
        fx(() -> {
            window.session().showScratch();
            window.session().run();
            return null;
        });
        AppFixture.waitUntil(30, () -> window.session().runController().state() == RunState.RUNNING);
        assertEquals(1, scratchRunFolders().size(), "the run's classes are in a private folder");

        fx(() -> {
            window.shutdown();
            return null;
        });

        AppFixture.waitUntil(10, () -> scratchRunFolders().isEmpty());
    }

    @Test
    void scratchEditsAndThePageAreThereAfterARestart() throws Exception {
        Path settings = dir.resolve("settings.json");
        MainWindow first = fx(() -> new MainWindow(app.course, SettingsStore.at(settings), app.samplers,
                RunController.standard()));
        String edited = app.course.scratch().exampleSource().replace("k <= 2", "k <= 3");
        fx(() -> {
            first.session().showScratch();
            first.session().edits().edit(edited);
            first.shutdown();
            return null;
        });
        assertTrue(Files.isRegularFile(dir.resolve("edits/scratch.java")));
        MainWindow second = fx(() -> new MainWindow(app.course, SettingsStore.at(settings), app.samplers,
                RunController.standard()));
        assertEquals("scratch", fx(() -> second.session().currentChapter().id()));
        assertEquals(edited, fx(() -> second.lessonPage().codeView().getSource()));
        assertTrue(fx(() -> second.session().edits().editedChapters().contains("scratch")));
        fx(() -> {
            second.shutdown();
            return null;
        });
    }
}
