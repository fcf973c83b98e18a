package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
}
