package org.proclab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MarkdownViewGuiTest {
    private final MarkdownView view = new MarkdownView();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(view, 500, 700));
        stage.show();
    }

    @Test
    void rendersEveryKindOfBlockAsNodes(FxRobot robot) throws Exception {
        String md = "# Title\n\nSome **bold** and *soft* words with `p.start()` inline.\n\n## Steps\n\n"
                + "1. first\n2. second\n\n- a bullet\n\n```java\nint x = 1; // one\n```\n\n"
                + "> a quote\n\n| way | ms |\n|---|--:|\n| plain | 12 |\n| processes | 7 |\n";
        WaitForAsyncUtils.asyncFx(() -> view.setMarkdown(md, true)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".md-h1").queryAll().isEmpty(), "the leading title is left to the page header");
        assertEquals(1, robot.lookup(".md-h2").queryAll().size());
        assertEquals("bold", robot.lookup(".md-strong").queryAs(Text.class).getText());
        assertEquals("soft", robot.lookup(".md-em").queryAs(Text.class).getText());
        assertEquals("p.start()", robot.lookup(".md-code").queryAs(Label.class).getText());
        List<String> markers = robot.lookup(".md-list-marker").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toList());
        assertEquals(List.of("1.", "2.", "•"), markers);
        assertTrue(robot.lookup(".md-code-block .keyword").queryAll().size() >= 1);
        assertEquals("// one", robot.lookup(".md-code-block .comment").queryAs(Text.class).getText());
        assertEquals(1, robot.lookup(".md-quote").queryAll().size());
        assertEquals(2, robot.lookup(".md-th").queryAll().size());
        List<String> cells = robot.lookup(".md-td .md-text").queryAllAs(Text.class).stream().map(Text::getText)
                .collect(Collectors.toList());
        assertEquals(List.of("plain", "12", "processes", "7"), cells);
        for (Node n : robot.lookup(".md-p").queryAll()) {
            assertTrue(n.getBoundsInParent().getWidth() <= 500, "a paragraph wraps to the page");
        }
    }

    @Test
    void chineseBoldNextToFullWidthPunctuationIsBoldAndEndsWhereItShould(FxRobot robot) throws Exception {
        // The Queue chapter's sentence, Pool's two bolds in one paragraph, and speed's 锁（GIL）**的线程.
        String md = "通道。**Queue（队列）**就是这条通道：`a**b` 不变。\n\n"
                + "浪费在启动上。**Pool（进程池）**一次性启动，函数会**返回**结果。\n\n"
                + "只有持有**全局解释器锁（GIL）**的线程才能执行。\n";
        WaitForAsyncUtils.asyncFx(() -> view.setMarkdown(md, false)).get();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> bold = robot.lookup(".md-strong").queryAllAs(Text.class).stream().map(Text::getText)
                .collect(Collectors.toList());
        assertEquals(List.of("Queue（队列）", "Pool（进程池）", "返回", "全局解释器锁（GIL）"), bold);
        String shown = robot.lookup(".md-text").queryAllAs(Text.class).stream().map(Text::getText)
                .collect(Collectors.joining());
        assertTrue(!shown.contains("*") && !shown.contains(String.valueOf(CjkEmphasis.MARK)), shown);
        assertEquals("a**b", robot.lookup(".md-code").queryAs(Label.class).getText(), "code is left alone");
    }
}
