package org.proclab.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.proclab.ui.session.settings.SettingsStore;
import org.proclab.ui.run.RunController;
import org.proclab.ui.session.LabSession;
import org.proclab.viz.Samplers;
import org.testfx.util.WaitForAsyncUtils;

/** Builds the real main window for GUI tests: real lessons, real run hosts, settings kept in memory only. */
final class AppFixture {
    final Samplers samplers = new Samplers().start();
    final CourseSource.Loaded course = CourseSource.standard().load();
    final MainWindow window;
    final LabSession session;

    AppFixture(Stage stage) {
        window = new MainWindow(course, SettingsStore.inMemory(), samplers, RunController.standard());
        session = window.session();
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
    }

    /** Ends any run and waits until its run host is gone; stops the sampler thread. */
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> session.runController().stop()).get();
        waitUntil(60, () -> !session.runController().state().active());
        WaitForAsyncUtils.asyncFx(window::shutdown).get();
        samplers.close();
    }

    /** Evaluates on the FX thread. */
    static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(30, TimeUnit.SECONDS);
    }

    static void waitUntil(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
    }
}
