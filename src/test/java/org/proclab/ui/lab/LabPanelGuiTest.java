package org.proclab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.ui.session.SessionFixture.fx;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.app.CourseSource;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.ViewKind;
import org.proclab.ui.session.SessionFixture;
import org.proclab.ui.session.settings.SettingsStore;
import org.proclab.ui.text.UiText;
import org.proclab.viz.Samplers;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The lab panel shows exactly the views a chapter lists, in one order, and keeps the core chart's history. */
@ExtendWith(ApplicationExtension.class)
class LabPanelGuiTest {
    private final Samplers samplers = new Samplers();
    private SessionFixture fixture;
    private LabPanel panel;

    @Start
    void start(Stage stage) {
        Chapter consoleOnly = SessionFixture.chapter("bare", "Bare", "简", null, EnumSet.of(ViewKind.CONSOLE));
        Chapter full = SessionFixture.chapter("full", "Full", "全", null, EnumSet.of(ViewKind.CONSOLE,
                ViewKind.VALUE_TIMELINE, ViewKind.LANES, ViewKind.CORES, ViewKind.STEP, ViewKind.OUTCOMES));
        fixture = new SessionFixture(SettingsStore.inMemory(), List.of(consoleOnly, full));
        panel = new LabPanel(new UiText(), samplers, fixture.session);
        stage.setScene(new Scene(panel, 600, 800));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
        samplers.close();
    }

    private List<Class<?>> kinds() throws Exception {
        return fx(() -> panel.views().stream().map(Object::getClass).collect(Collectors.toList()));
    }

    @Test
    void buildsTheListedViewsOnly() throws Exception {
        assertEquals(List.of(ConsoleView.class), kinds());
        assertNull(fx(() -> panel.lanesView()));
        fx(() -> fixture.session.showChapter("full"));
        assertEquals(List.of(CoreLoadView.class, WorkerLanesView.class, ValueTimelineView.class, ConsoleView.class),
                kinds());
        assertTrue(fx(() -> panel.lanesView().replayButton().isVisible()), "step mode offers the replay");
        assertTrue(fx(() -> panel.outcomes() != null), "outcomes add the histogram to the value view");
        LabView cores = fx(() -> panel.views().get(0));
        fx(() -> fixture.session.showChapter("bare"));
        fx(() -> fixture.session.showChapter("full"));
        assertSame(cores, fx(() -> panel.views().get(0)), "the core chart keeps its history");
    }

    @Test
    void everyChapterOfTheCourseListsTheCoreChartAndTheConsole() {
        for (Chapter c : CourseSource.standard().load().chapters()) {
            assertTrue(c.views().containsAll(EnumSet.of(ViewKind.CORES, ViewKind.CONSOLE)), c.id() + ": " + c.views());
        }
    }
}
