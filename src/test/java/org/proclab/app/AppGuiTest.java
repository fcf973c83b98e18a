package org.proclab.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The shared frame of the window's GUI tests: each test gets the real window on a Monocle stage
 * ({@link AppFixture}), and afterwards every run is ended and no process of it is left.
 */
@ExtendWith(ApplicationExtension.class)
abstract class AppGuiTest {
    protected AppFixture app;

    @Start
    void startApp(Stage stage) {
        app = new AppFixture(stage);
    }

    @AfterEach
    void closeApp() throws Exception {
        app.close();
        AppFixture.waitUntil(10, () -> ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
    }
}
