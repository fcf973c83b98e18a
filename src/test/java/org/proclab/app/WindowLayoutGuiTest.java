package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.app.AppFixture.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Lang;
import org.proclab.ui.run.RunState;
import org.testfx.util.WaitForAsyncUtils;

/** At 1024 x 700, the smallest window ProcLab supports, nothing is clipped or cut, in either language. */
class WindowLayoutGuiTest extends AppGuiTest {
    /**
     * Still too wide at 1024 x 700 since the merge of main (10:00, issue 12): the code pane's header
     * (#code-tabs: title, Reset to original, Check in one line) and a lane's top line (#lane-...: name, pid,
     * lifetime bar, start-up, CPU time, state pill). Owned by the editor and lab views; remove each entry when
     * its view fits.
     */
    private static final List<String> KNOWN_TOO_WIDE = List.<String>of();

    private static boolean known(String problem) {
        return KNOWN_TOO_WIDE.stream().anyMatch(problem::contains);
    }

    @Test
    void everyChapterFitsAt1024x700InBothLanguages() throws Exception {
        resize(1024, 700);
        List<String> problems = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            fx(() -> {
                app.window.text().langProperty().set(lang);
                return null;
            });
            List<Chapter> pages = new ArrayList<>(app.course.chapters());
            pages.add(app.course.scratch());
            for (Chapter c : pages) {
                fx(() -> app.session.showChapter(c.id()));
                WaitForAsyncUtils.waitForFxEvents();
                fx(() -> {
                    app.window.getScene().getRoot().applyCss();
                    app.window.getScene().getRoot().layout();
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents();
                for (String p : fx(() -> SceneWalk.of(app.window.getScene()).problems())) {
                    if (!known(p)) {
                        problems.add(lang.code() + " " + c.id() + ": " + p);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aFinishedRunFitsAt1024x700InBothLanguages() throws Exception {
        resize(1024, 700);
        List<String> problems = new ArrayList<>();
        for (String chapter : List.of("lock", "pool", "scratch")) {
            fx(() -> {
                app.session.showChapter(chapter);
                app.session.run();
                return null;
            });
            AppFixture.waitUntil(90, () -> app.session.runStateProperty().get() == RunState.FINISHED);
            for (Lang lang : Lang.values()) {
                fx(() -> {
                    app.window.text().langProperty().set(lang);
                    app.window.getScene().getRoot().applyCss();
                    app.window.getScene().getRoot().layout();
                    return null;
                });
                WaitForAsyncUtils.waitForFxEvents();
                for (String p : fx(() -> SceneWalk.of(app.window.getScene()).problems())) {
                    // A lane's last output line is one line by design (its whole text is in the console).
                    if (!p.contains("lane-output") && !known(p)) {
                        problems.add(lang.code() + " " + chapter + " after a run: " + p);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The stage is shared by every window test: give the next one the size the fixture makes. */
    @AfterEach
    void restoreSize() throws Exception {
        resize(1280, 800);
    }

    private void resize(double w, double h) throws Exception {
        fx(() -> {
            Window stage = app.window.getScene().getWindow();
            stage.setWidth(w);
            stage.setHeight(h);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(w, fx(() -> app.window.getScene().getWidth()), 1);
        assertEquals(h, fx(() -> app.window.getScene().getHeight()), 1);
    }
}
