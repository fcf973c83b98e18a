package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.proclab.app.AppFixture.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.ui.session.settings.Settings;
import org.proclab.ui.session.settings.SettingsStore;
import org.proclab.lesson.Lang;
import org.proclab.ui.run.RunController;
import org.proclab.ui.theme.Theme;
import org.proclab.viz.Samplers;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Last chapter, language, theme and window size come back the next time (from a temporary file). */
@ExtendWith(ApplicationExtension.class)
class RememberedSettingsGuiTest {
    @TempDir
    Path dir;
    private final Samplers samplers = new Samplers();
    private final CourseSource.Loaded course = CourseSource.standard().load();

    @Start
    void start(Stage stage) {
        // Nothing to show: the windows here are built and inspected without a stage.
    }

    @AfterEach
    void tearDown() {
        samplers.close();
    }

    private MainWindow open(SettingsStore store) throws Exception {
        return fx(() -> new MainWindow(course.chapters(), List.of(), store, samplers, RunController.standard()));
    }

    @Test
    void whatTheLearnerChoseIsThereNextTime() throws Exception {
        Path file = dir.resolve("settings.json");
        MainWindow first = open(SettingsStore.at(file));
        fx(() -> {
            first.session().showChapter("pool");
            first.text().langProperty().set(Lang.ZH);
            first.session().themeProperty().set(Theme.DARK);
            first.session().rememberSize(1111, 777);
            first.shutdown();
            return null;
        });
        Settings saved = SettingsStore.at(file).get();
        assertEquals("pool", saved.lastChapter());
        assertEquals(1111, saved.width());
        MainWindow second = open(SettingsStore.at(file));
        assertEquals("pool", fx(() -> second.session().currentChapter().id()));
        assertEquals(Lang.ZH, fx(() -> second.text().lang()));
        assertEquals(Theme.DARK, fx(() -> second.session().themeProperty().get()));
        fx(() -> {
            second.shutdown();
            return null;
        });
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
