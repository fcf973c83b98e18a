package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** {@code --screenshot} writes a PNG of the whole window and then asks to exit. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotModeGuiTest {
    @TempDir
    Path dir;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = new AppFixture(stage);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

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
        assertEquals("pool", AppFixture.fx(() -> app.window.currentChapter().id()));
    }
}
