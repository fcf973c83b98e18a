package org.proclab.app;

import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.proclab.ui.session.settings.SettingsStore;
import org.proclab.ui.run.RunController;
import org.proclab.viz.Samplers;

/** The JavaFX application: one window, the chapters, the samplers. Started through {@link Launcher}. */
public final class ProcLabApp extends Application {
    private MainWindow window;
    private Samplers samplers;

    @Override
    public void start(Stage stage) {
        AppOptions options;
        try {
            options = AppOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            Platform.exit();
            return;
        }
        boolean screenshot = options.screenshot() != null;
        // A screenshot must neither read nor change what the learner's app remembers.
        SettingsStore settings = screenshot ? SettingsStore.inMemory() : SettingsStore.standard();
        if (options.lang() != null) {
            settings.save(settings.get().withLang(options.lang()));
        }
        if (options.theme() != null) {
            settings.save(settings.get().withTheme(options.theme()));
        }
        CourseSource.Loaded course = CourseSource.standard().load();
        course.problems().forEach(p -> System.err.println("lesson problem: " + p));
        samplers = new Samplers().start();
        // Last resort when the app itself is killed (SIGTERM, logout): no worker JVM may outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly), "proclab-exit"));
        window = new MainWindow(course, settings, samplers, RunController.standard());
        window.statusBar().developerFiguresProperty().set(options.dev());
        double w = options.width() > 0 ? options.width() : screenshot ? 1400 : settings.get().width();
        double h = options.height() > 0 ? options.height() : screenshot ? 900 : settings.get().height();
        Scene scene = new Scene(window, w, h);
        stage.setScene(scene);
        stage.titleProperty().bind(window.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        for (int size : new int[] {16, 32, 64, 128}) {
            stage.getIcons().add(new Image(Objects.requireNonNull(
                    ProcLabApp.class.getResource("/assets/icons/proclab-" + size + ".png")).toExternalForm()));
        }
        stage.setOnCloseRequest(e -> window.session().rememberSize(stage.getWidth(), stage.getHeight()));
        stage.show();
        if (screenshot) {
            new ScreenshotMode(window, options, Platform::exit).begin();
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
        if (samplers != null) {
            samplers.close();
        }
    }
}
