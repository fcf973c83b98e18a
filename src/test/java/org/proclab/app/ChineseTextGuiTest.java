package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.app.AppFixture.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Lang;
import org.proclab.ui.run.RunState;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In 中文 every word the window shows comes from the Chinese UI text or is data (numbers, code, names, the
 * chapter's own text): before a run in every chapter, and after a real run that was started in English and
 * then switched, so the status bar, the counts and the app's console notes must say themselves again.
 */
class ChineseTextGuiTest extends AppGuiTest {
    @Test
    void everyVisibleStringIsChineseUiTextOrData(FxRobot robot) throws Exception {
        EnglishLeftovers english = new EnglishLeftovers(app.window.text());
        List<String> found = new ArrayList<>();
        fx(() -> app.session.showChapter("lock"));
        fx(() -> {
            app.session.params("lock").value("iterations").orElseThrow().set("200");
            app.session.params("lock").value("delay").orElseThrow().set("0");
            return null;
        });
        robot.clickOn("#run-button");
        AppFixture.waitUntil(60, () -> app.session.runStateProperty().get() == RunState.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        String englishStatus = fx(() -> robot.lookup("#status-text").queryAs(Label.class).getText());
        assertTrue(englishStatus.startsWith("Run of lock finished"), englishStatus);

        robot.clickOn("#lang-zh");
        AppFixture.waitUntil(10, () -> app.window.text().lang() == Lang.ZH);
        WaitForAsyncUtils.waitForFxEvents();
        found.addAll(tag("lock after run", english.in(shown())));
        assertTrue(fx(() -> robot.lookup("#status-events").queryAs(Label.class).getText()).endsWith("个事件"));
        assertTrue(shown().stream().anyMatch(s -> s.startsWith("lock 运行完成")), "console note in Chinese");

        for (Chapter c : app.course.chapters()) {
            fx(() -> app.session.showChapter(c.id()));
            WaitForAsyncUtils.waitForFxEvents();
            found.addAll(tag(c.id(), english.in(shown())));
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
        assertEquals(Lang.ZH, fx(() -> app.window.text().lang()));
    }

    private List<String> shown() throws Exception {
        return fx(() -> {
            app.window.getScene().getRoot().applyCss();
            app.window.getScene().getRoot().layout();
            SceneWalk walk = SceneWalk.of(app.window.getScene());
            List<String> out = new ArrayList<>();
            for (int i = 0; i < walk.strings().size(); i++) {
                out.add(walk.strings().get(i) + "\t" + walk.where().get(i));
            }
            return out;
        });
    }

    private static List<String> tag(String where, List<String> found) {
        List<String> out = new ArrayList<>();
        found.forEach(f -> out.add(where + ": " + f));
        return out;
    }
}
