package org.proclab.app;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.proclab.lesson.Chapter;
import org.proclab.ui.lab.LabPanel;
import org.proclab.ui.lab.WorkerLanesView;
import org.proclab.ui.lesson.LessonPage;
import org.proclab.ui.nav.ChapterNavigator;
import org.proclab.ui.run.RepeatController;
import org.proclab.ui.run.RunController;
import org.proclab.ui.run.RunData;
import org.proclab.ui.session.LabSession;
import org.proclab.ui.session.settings.SettingsStore;
import org.proclab.ui.shell.AppBar;
import org.proclab.ui.shell.StatusBar;
import org.proclab.ui.text.UiText;
import org.proclab.ui.theme.Theme;
import org.proclab.ui.theme.UiFonts;
import org.proclab.viz.Samplers;
import org.proclab.fold.StepTracker;

/**
 * The main window's content: app bar, chapter navigator, lesson page, lab panel and status bar, each bound to
 * one {@link LabSession} that holds the state and the commands. The window adds what only a scene has: the
 * keys, the theme's stylesheets, and the code line a stepped worker is about to run.
 */
public final class MainWindow extends BorderPane {
    private static final double COMPACT_BELOW = 1200;
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final UiText text = new UiText();
    private final LabSession session;
    private final AppBar appBar;
    private final LessonPage lessonPage;
    private final LabPanel lab;
    private final StatusBar statusBar;
    /** Held here: a binding listens weakly to its sources and would be collected otherwise. */
    private final BooleanBinding measuringFast;

    public MainWindow(List<Chapter> chapters, List<String> problems, SettingsStore settings, Samplers samplers,
                      RunController run) {
        this(chapters, problems, settings, samplers, run, RepeatController.standard());
    }

    public MainWindow(List<Chapter> chapters, List<String> problems, SettingsStore settings, Samplers samplers,
                      RunController run, RepeatController repeat) {
        this(new CourseSource.Loaded(chapters, problems), settings, samplers, run, repeat);
    }

    /** The course's chapters and, when it has one, its page for the learner's own program. */
    public MainWindow(CourseSource.Loaded course, SettingsStore settings, Samplers samplers, RunController run) {
        this(course, settings, samplers, run, RepeatController.standard());
    }

    public MainWindow(CourseSource.Loaded course, SettingsStore settings, Samplers samplers, RunController run,
                      RepeatController repeat) {
        List<Chapter> chapters = course.chapters();
        List<String> problems = course.problems();
        session = new LabSession(chapters, course.scratch(), problems, settings, run, repeat, text::format);
        text.langProperty().bindBidirectional(session.langProperty());
        setId("main-window");
        getStyleClass().add("main-window");
        setStyle(UiFonts.rootStyle());
        appBar = new AppBar(text, session);
        lessonPage = new LessonPage(text, session);
        lab = new LabPanel(text, samplers, session);
        SplitPane work = new SplitPane(lessonPage, lab);
        work.setOrientation(Orientation.HORIZONTAL);
        work.setDividerPositions(0.47);
        work.getStyleClass().add("work-split");
        SplitPane.setResizableWithParent(lessonPage, true);
        setTop(appBar);
        ChapterNavigator navigator = new ChapterNavigator(text, session);
        // Below this width the chapter titles give their room to the lesson and the lab (1024 x 700 must fit).
        navigator.compactProperty().bind(widthProperty().lessThan(COMPACT_BELOW));
        // The rail then marks the chapter's number, so the page drops its "Chapter N of M" line (CSS :compact).
        navigator.compactProperty().addListener((obs, a, b) -> pseudoClassStateChanged(COMPACT, b));
        setLeft(navigator);
        setCenter(chapters.isEmpty() ? noLessons(problems) : work);
        statusBar = new StatusBar(text, session);
        setBottom(statusBar);

        // The live per-core view samples at the run rate only while something runs; idle, once a second.
        measuringFast = session.runningProperty().or(session.repeatingProperty())
                .or(session.exercises().checkingProperty());
        measuringFast.addListener((obs, a, b) -> samplers.setFast(b));
        samplers.setFast(measuringFast.get());
        session.addOnUpdate(this::markStepLine);
        session.currentChapterProperty().addListener((obs, a, b) -> followLanes());
        session.themeProperty().addListener((obs, a, b) -> applyTheme());
        sceneProperty().addListener((obs, a, scene) -> {
            applyTheme();
            if (scene != null) {
                installKeys(scene);
            }
        });
        applyTheme();
        followLanes();
    }

    private VBox noLessons(List<String> problems) {
        Label title = new Label();
        title.textProperty().bind(text.bind("app.noLessons"));
        title.getStyleClass().add("lesson-title");
        Label detail = new Label(String.join("\n", problems));
        detail.setWrapText(true);
        VBox box = new VBox(title, detail);
        box.getStyleClass().add("empty-page");
        box.setId("no-lessons");
        return box;
    }

    private void installKeys(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), session::run);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), session::run);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), session::stop);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN),
                session::previous);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN),
                session::next);
    }

    /** A new chapter has new lanes: clicking one of them shows that worker's next line. */
    private void followLanes() {
        WorkerLanesView lanes = lab.lanesView();
        if (lanes != null) {
            lanes.selectedWorkerProperty().addListener((obs, a, b) -> markStepLine());
        }
        markStepLine();
    }

    /** Marks the line the chosen (or last paused) worker of a stepped run is about to run; else none. */
    private void markStepLine() {
        RunData d = session.shownDataProperty().get();
        WorkerLanesView lanes = lab.lanesView();
        String worker = d.steps().active() && lanes != null ? lanes.shownWorker() : null;
        long line = worker == null ? -1 : d.steps().worker(worker).map(StepTracker.WorkerStep::line).orElse(-1L);
        lessonPage.codeView().highlightLine((int) line);
    }

    private void applyTheme() {
        Theme theme = session.themeProperty().get();
        Scene scene = getScene();
        if (scene != null) {
            List<String> sheets = new ArrayList<>(theme.stylesheets());
            sheets.add(UiFonts.stylesheet());
            scene.getStylesheets().setAll(sheets);
        }
        getStyleClass().removeAll("theme-light", "theme-dark");
        getStyleClass().add("theme-" + theme.id());
    }

    /** "ProcLab — <chapter title>" in the chosen language, for the window's title bar. */
    public ReadOnlyStringProperty titleProperty() {
        return session.titleProperty();
    }

    /** Stops the clock and any run (the run hosts end on their own threads). */
    public void shutdown() {
        appBar.dispose();
        session.shutdown();
    }

    public LabSession session() {
        return session;
    }

    public UiText text() {
        return text;
    }

    public LabPanel lab() {
        return lab;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    public LessonPage lessonPage() {
        return lessonPage;
    }
}
