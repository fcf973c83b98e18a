package org.proclab.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The shared frame of the window's GUI tests: each test gets the real window on a Monocle stage
 * ({@link AppFixture}), and afterwards every run is ended and no process of it is left. The extension injects
 * the {@code FxRobot}; the window is built here because TestFX looks for {@code @Start} only in the test class.
 */
@ExtendWith(ApplicationExtension.class)
abstract class AppGuiTest {
    protected AppFixture app;

    @BeforeEach
    void startApp() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = AppFixture.fx(() -> new AppFixture(stage));
    }

    @AfterEach
    void closeApp() throws Exception {
        app.close();
        AppFixture.waitUntil(10, () -> ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
    }
}
