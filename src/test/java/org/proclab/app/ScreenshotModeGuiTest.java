package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.ui.run.ConsoleLine;
import org.proclab.ui.run.RunState;
import org.testfx.util.WaitForAsyncUtils;

/** {@code --screenshot} writes a PNG of the whole window and then asks to exit. */
class ScreenshotModeGuiTest extends AppGuiTest {
    @TempDir
    Path dir;

    @Test
    void writesThePictureOfTheChosenChapter() throws Exception {
        Path png = dir.resolve("shot.png");
        CountDownLatch exited = new CountDownLatch(1);
        AppOptions options = AppOptions.parse(List.of("--screenshot", png.toString(), "--lesson", "pool"));
        WaitForAsyncUtils.asyncFx(() -> new ScreenshotMode(app.window, options, exited::countDown).begin()).get();
        assertTrue(exited.await(30, TimeUnit.SECONDS));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(800, image.getHeight());
        assertEquals("pool", AppFixture.fx(() -> app.session.currentChapter().id()));
    }

    @Test
    void typesACodeFileWithASyntaxErrorAndShowsTheErrorOnItsLineWithoutARun() throws Exception {
        String original = AppFixture.fx(() -> app.session.chapter("lock").orElseThrow().exampleSource());
        String broken = original.replace("int seen = counter.get();", "int seen = counter.get()");
        assertNotEquals(original, broken);
        int line = (int) broken.substring(0, broken.indexOf("int seen = counter.get()")).chars()
                .filter(c -> c == '\n').count() + 1;
        Path file = dir.resolve("LockExample.java");
        Files.writeString(file, broken);
        Path png = dir.resolve("error.png");
        CountDownLatch exited = new CountDownLatch(1);
        AppOptions options = AppOptions.parse(List.of("--screenshot", png.toString(), "--lesson", "lock",
                "--code", file.toString(), "--run"));
        WaitForAsyncUtils.asyncFx(() -> new ScreenshotMode(app.window, options, exited::countDown).begin()).get();
        assertTrue(exited.await(60, TimeUnit.SECONDS));
        assertTrue(Files.size(png) > 0);
        assertEquals(line, AppFixture.fx(() -> app.window.lessonPage().codeView().problems().get(0).line()));
        assertEquals(RunState.IDLE, AppFixture.fx(() -> app.session.runController().state()));
        String console = AppFixture.fx(() -> String.join("\n", app.window.lab().console().lines().stream()
                .map(ConsoleLine::text).toList()));
        assertTrue(console.contains("LockExample.java:" + line + ": error: ';' expected"), console);
        String summary = AppFixture.fx(() -> new ScreenshotCode(app.window, options).summary());
        assertTrue(summary.contains("first LockExample.java:" + line + ": error"), summary);
    }
}
