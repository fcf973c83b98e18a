package org.proclab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.CourseLoader;
import org.proclab.lesson.Lang;
import org.proclab.lesson.predict.Reveal;
import org.proclab.lesson.predict.Verdict;
import org.proclab.ui.text.UiText;
import org.proclab.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PredictionBoxGuiTest {
    private final UiText text = new UiText();
    private PredictionBox box;

    @Start
    void start(Stage stage) {
        box = new PredictionBox(text);
        Scene scene = new Scene(new StackPane(box), 700, 300);
        scene.getStylesheets().setAll(Theme.DARK.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    private void show(String chapterId, Reveal reveal) throws Exception {
        Chapter chapter = CourseLoader.loadDefault().chapter(chapterId).orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> {
            box.show(chapter, null);
            box.showReveal(reveal);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theRevealSaysTheFigureInWordsWithTheLessonsAnswerAndClearsForTheNextRun(FxRobot robot) throws Exception {
        show("shared-memory", new Reveal("value_i", "-2147483648", "-2147483648", "-2147483648", Verdict.MATCHED));

        String reveal = robot.lookup("#prediction-reveal").queryAs(Label.class).getText();
        assertTrue(reveal.contains("count after the worker added 1: -2147483648"), reveal);
        assertFalse(reveal.contains("value_i"), reveal);
        assertTrue(robot.lookup("#prediction-answer").queryAs(Label.class).getText()
                .contains("wraps around like a C int"));

        WaitForAsyncUtils.asyncFx(() -> text.langProperty().set(Lang.ZH)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#prediction-reveal").queryAs(Label.class).getText()
                .contains("工作进程加 1 之后的 count：-2147483648"));

        WaitForAsyncUtils.asyncFx(box::clear).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#prediction-reveal").queryAs(Label.class).isVisible());
        assertEquals("", robot.lookup("#prediction-answer").queryAs(Label.class).getText());
    }

    @Test
    void theDarkPlaceholderIsReadable(FxRobot robot) throws Exception {
        show("queue", null);

        TextField field = robot.lookup("#predict-value").queryAs(TextField.class);
        Text prompt = field.lookupAll(".text").stream().filter(n -> n instanceof Text)
                .map(n -> (Text) n).filter(t -> field.getPromptText().equals(t.getText())).findFirst().orElseThrow();
        double contrast = contrast((Color) prompt.getFill(), Color.web("#1c1f26"));
        assertTrue(contrast >= 3.0, "placeholder contrast on the dark field " + contrast);
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
