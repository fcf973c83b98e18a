package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.app.AppFixture.fx;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Lang;
import org.testfx.api.FxRobot;

/** The window without runs: every chapter shows its title, text and code; keys and language switch work. */
class MainWindowGuiTest extends AppGuiTest {
    @Test
    void everyChapterShowsItsTitleTextAndCode(FxRobot robot) throws Exception {
        List<Chapter> chapters = app.course.chapters();
        assertEquals(7, chapters.size(), "problems: " + app.course.problems());
        robot.clickOn("#chapter-" + chapters.get(0).id());
        for (int i = 0; i < chapters.size(); i++) {
            Chapter c = chapters.get(i);
            AppFixture.waitUntil(10, () -> app.session.currentChapter() == c);
            assertEquals(c.title(Lang.EN), fx(() -> robot.lookup("#lesson-title").queryAs(Label.class).getText()));
            String shown = fx(() -> lessonText(robot));
            String firstSentence = firstWords(c.markdown(Lang.EN));
            assertTrue(shown.contains(firstSentence), "lesson text of " + c.id() + " lacks \"" + firstSentence + "\"");
            String code = fx(() -> robot.lookup("#code-area").queryAs(CodeArea.class).getText());
            assertEquals(c.exampleSource().replace("\r\n", "\n").replace("\t", "    "), code);
            if (i < chapters.size() - 1) {
                // Alternate the two ways of moving on: the button and Ctrl+Right.
                if (i % 2 == 0) {
                    robot.clickOn("#next-chapter");
                } else {
                    robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
                }
            }
        }
        assertTrue(fx(() -> robot.lookup("#next-chapter").queryAs(Button.class).isDisabled()));
        robot.press(KeyCode.CONTROL, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.CONTROL);
        AppFixture.waitUntil(10, () -> app.session.currentChapter() == chapters.get(chapters.size() - 2));
    }

    @Test
    void chineseRelabelsTheWholeWindow(FxRobot robot) throws Exception {
        Chapter lock = app.course.chapter("lock").orElseThrow();
        assertTrue(fx(() -> app.session.showChapter("lock")));
        robot.clickOn("#lang-zh");
        AppFixture.waitUntil(10, () -> app.window.text().lang() == Lang.ZH);
        assertEquals(lock.title(Lang.ZH), fx(() -> robot.lookup("#lesson-title").queryAs(Label.class).getText()));
        assertFalse(lock.title(Lang.ZH).equals(lock.title(Lang.EN)));
        assertEquals("运行", fx(() -> robot.lookup("#run-button").queryAs(Button.class).getText()));
        String shown = fx(() -> lessonText(robot));
        assertTrue(shown.contains(firstWords(lock.markdown(Lang.ZH))));
        List<String> cardTitles = fx(() -> robot.lookup(".card-title").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toList()));
        assertTrue(cardTitles.contains("共享值"), cardTitles.toString());
        robot.clickOn("#lang-en");
        AppFixture.waitUntil(10, () -> app.window.text().lang() == Lang.EN);
        assertEquals(lock.title(Lang.EN), fx(() -> robot.lookup("#lesson-title").queryAs(Label.class).getText()));
    }

    @Test
    void aParameterWithASwitchOnItsCardHasNoSecondControl(FxRobot robot) throws Exception {
        assertTrue(fx(() -> app.session.showChapter("speed")));
        assertTrue(fx(() -> robot.lookup("#gil-switch").query().isVisible()), "the speed card's GIL switch");
        assertTrue(fx(() -> robot.lookup("#param-gil").tryQuery().isEmpty()), "no gil field in the run bar");
        assertTrue(fx(() -> robot.lookup("#param-n").query().isVisible()), "the other parameters stay");
        // The lock switch only turns the lock on or off: its four modes still need the run bar's field.
        assertTrue(fx(() -> app.session.showChapter("lock")));
        assertTrue(fx(() -> robot.lookup("#param-lock").tryQuery().isPresent()));
    }

    @Test
    void themeSwitchesBetweenLightAndDark(FxRobot robot) throws Exception {
        String before = fx(() -> String.join(",", app.window.getScene().getStylesheets()));
        robot.clickOn("#theme-toggle");
        String after = fx(() -> String.join(",", app.window.getScene().getStylesheets()));
        assertTrue(before.contains("light.css") && after.contains("dark.css"), after);
    }

    private static String lessonText(FxRobot robot) {
        StringBuilder all = new StringBuilder();
        for (Node n : robot.lookup("#lesson-text").queryAll()) {
            collect(n, all);
        }
        return all.toString();
    }

    private static void collect(Node n, StringBuilder out) {
        if (n instanceof Text) {
            out.append(((Text) n).getText());
        } else if (n instanceof Label) {
            out.append(((Label) n).getText());
        }
        if (n instanceof javafx.scene.Parent) {
            for (Node c : ((javafx.scene.Parent) n).getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    /** The first few plain words of the first paragraph (no Markdown marks), as they appear on screen. */
    static String firstWords(String markdown) {
        for (String line : markdown.split("\n")) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("|") || t.startsWith("-") || t.startsWith("```")) {
                continue;
            }
            StringBuilder words = new StringBuilder();
            for (char ch : t.toCharArray()) {
                if (ch == '*' || ch == '`' || ch == '_' || ch == '[') {
                    break;
                }
                words.append(ch);
            }
            String w = words.toString().trim();
            return w.length() > 24 ? w.substring(0, 24) : w;
        }
        return "";
    }
}
