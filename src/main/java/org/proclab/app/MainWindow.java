package org.proclab.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.proclab.app.settings.PredictionStore;
import org.proclab.app.settings.Settings;
import org.proclab.app.settings.SettingsStore;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Lang;
import org.proclab.lesson.ViewKind;
import org.proclab.ui.lab.LabPanel;
import org.proclab.ui.lesson.LessonPage;
import org.proclab.ui.nav.ChapterNavigator;
import org.proclab.ui.params.ParamModel;
import org.proclab.ui.run.RepeatController;
import org.proclab.ui.run.RunController;
import org.proclab.ui.run.RunData;
import org.proclab.ui.run.RunState;
import org.proclab.ui.shell.AppBar;
import org.proclab.ui.shell.StatusBar;
import org.proclab.ui.text.UiText;
import org.proclab.ui.theme.Theme;
import org.proclab.ui.theme.UiFonts;
import org.proclab.viz.Samplers;

/**
 * The main window's content: app bar, chapter navigator, lesson page and lab panel, and the wiring between
 * them (chapter choice, Run / Stop, keys, language, theme, what is remembered).
 */
public final class MainWindow extends BorderPane {
    private final List<Chapter> chapters;
    private final SettingsStore settings;
    private final RunController run;
    private final RepeatController repeat;
    private final PredictionFlow predictions;
    private final UiText text = new UiText();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObservableSet<String> chaptersRun = FXCollections.observableSet();
    private final Map<String, ParamModel> paramModels = new HashMap<>();
    private final AppBar appBar = new AppBar(text);
    private final StatusBar statusBar = new StatusBar(text);
    private final LessonPage lessonPage = new LessonPage(text);
    private final LabPanel lab;
    private final ChapterNavigator navigator;
    private final Timeline clock;
    private final javafx.beans.property.ReadOnlyStringWrapper title = new javafx.beans.property.ReadOnlyStringWrapper("ProcLab");
    private Chapter current;
    private String runChapterId;
    private final StepFlow steps;

    public MainWindow(List<Chapter> chapters, List<String> problems, SettingsStore settings, Samplers samplers,
                      RunController run) {
        this(chapters, problems, settings, samplers, run, RepeatController.standard());
    }

    public MainWindow(List<Chapter> chapters, List<String> problems, SettingsStore settings, Samplers samplers,
                      RunController run, RepeatController repeat) {
        this.chapters = List.copyOf(chapters);
        this.settings = settings;
        this.run = run;
        this.repeat = repeat;
        // Predictions live beside the settings file; an in-memory settings store keeps them in memory too.
        this.predictions = new PredictionFlow(PredictionStore.beside(settings.file()), lessonPage.predictionBox());
        setId("main-window");
        getStyleClass().add("main-window");
        setStyle(UiFonts.rootStyle());
        Settings s = settings.get();
        text.langProperty().set(Lang.fromCode(s.lang()));
        theme.set(Theme.fromId(s.theme()));
        chaptersRun.addAll(s.chaptersRun());

        lab = new LabPanel(text, samplers);
        steps = new StepFlow(run, lab, lessonPage, new StepFlow.Window() {
            @Override
            public boolean showsRunChapter() {
                return current != null && current.id().equals(runChapterId);
            }

            @Override
            public void start(boolean stepping, List<String> replaySteps) {
                MainWindow.this.start(stepping, replaySteps);
            }
        });
        navigator = new ChapterNavigator(text, this.chapters, chaptersRun);
        SplitPane work = new SplitPane(lessonPage, lab);
        work.setOrientation(Orientation.HORIZONTAL);
        work.setDividerPositions(0.47);
        work.getStyleClass().add("work-split");
        SplitPane.setResizableWithParent(lessonPage, true);
        setTop(appBar);
        setLeft(navigator);
        setCenter(this.chapters.isEmpty() ? noLessons(problems) : work);
        setBottom(statusBar);

        wireActions();
        run.setOnUpdate(this::onRunUpdate);
        repeat.setOnUpdate(board -> showOutcomes());
        repeat.runningProperty().addListener((obs, a, b) -> {
            updateButtons();
            showOutcomes();
        });
        run.stateProperty().addListener((obs, before, now) -> onStateChange(now));
        text.langProperty().addListener((obs, a, b) -> {
            settings.save(settings.get().withLang(b.code()));
            showState();
            updateTitle();
        });
        theme.addListener((obs, a, b) -> {
            applyTheme();
            settings.save(settings.get().withTheme(b.id()));
        });
        sceneProperty().addListener((obs, a, scene) -> {
            applyTheme();
            if (scene != null) {
                installKeys(scene);
            }
        });
        clock = new Timeline(new KeyFrame(Duration.millis(250), e -> {
            if (run.state().active()) {
                showState();
            }
        }));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
        statusBar.setMessage(text.get("status.keys"));
        if (!problems.isEmpty()) {
            statusBar.setMessage(text.format("status.problems", problems.size(), String.join("; ", problems)));
        }
        if (!this.chapters.isEmpty()) {
            int start = indexOf(s.lastChapter());
            navigator.list().getSelectionModel().select(Math.max(0, start));
        }
        showState();
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

    private void wireActions() {
        navigator.list().getSelectionModel().selectedItemProperty().addListener((obs, a, chapter) -> {
            if (chapter != null) {
                showChapter(chapter);
            }
        });
        appBar.prevButton().setOnAction(e -> step(-1));
        appBar.nextButton().setOnAction(e -> step(1));
        appBar.themeButton().setOnAction(e -> theme.set(theme.get().other()));
        lessonPage.runButton().setOnAction(e -> runCurrent());
        lessonPage.stopButton().setOnAction(e -> run.stop());
        lab.setRepeatActions(this::repeatCurrent, repeat::stop);
    }

    private void installKeys(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::runCurrent);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::runCurrent);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), run::stop);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN), () -> step(-1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN), () -> step(1));
    }

    private int indexOf(String id) {
        for (int i = 0; i < chapters.size(); i++) {
            if (chapters.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Moves to the previous (-1) or next (+1) chapter, if there is one. */
    public void step(int delta) {
        int i = current == null ? 0 : indexOf(current.id()) + delta;
        if (i >= 0 && i < chapters.size()) {
            navigator.list().getSelectionModel().select(i);
            navigator.list().scrollTo(i);
        }
    }

    /** Opens a chapter by id; false if there is none. */
    public boolean showChapter(String id) {
        int i = indexOf(id);
        if (i < 0) {
            return false;
        }
        navigator.list().getSelectionModel().select(i);
        return true;
    }

    private void showChapter(Chapter chapter) {
        if (current == chapter) {
            return;
        }
        // The lab belongs to a chapter: leaving it ends its run.
        run.stop();
        repeat.stop();
        current = chapter;
        int i = indexOf(chapter.id());
        ParamModel params = paramModels.computeIfAbsent(chapter.id(), k -> {
            ParamModel model = new ParamModel(chapter.params());
            model.validProperty().addListener((obs, a, b) -> updateButtons());
            return model;
        });
        lessonPage.show(chapter, i + 1, chapters.size(), params);
        RunData data = chapter.id().equals(runChapterId) ? run.data() : new RunData();
        lab.showChapter(chapter.views(), chapter.outcome(), params, data);
        predictions.show(chapter);
        showOutcomes();
        steps.chapterShown();
        appBar.prevButton().setDisable(i <= 0);
        appBar.nextButton().setDisable(i >= chapters.size() - 1);
        settings.save(settings.get().withLastChapter(chapter.id()));
        updateButtons();
        updateTitle();
    }

    /** Runs the chapter on screen with its current parameters (ignored while a run is active). */
    public void runCurrent() {
        boolean stepping = current != null && current.views().contains(ViewKind.STEP)
                && lessonPage.stepSwitch().isSelected();
        start(stepping, List.of());
    }

    private void start(boolean stepping, List<String> replaySteps) {
        if (current == null || run.state().active() || repeat.running()) {
            return;
        }
        ParamModel params = paramModels.get(current.id());
        if (!params.validProperty().get()) {
            statusBar.setMessage(text.get("status.invalidParams"));
            return;
        }
        runChapterId = current.id();
        if (lab.valueView() != null) {
            lab.valueView().showOutcomes(false);
        }
        if (run.start(current.id(), params.snapshot(), stepping, replaySteps)) {
            StringBuilder line = new StringBuilder(text.format(stepping ? "console.startedStepping"
                    : "console.started", current.id()));
            params.snapshot().forEach((k, v) -> line.append("  ").append(k).append('=').append(v));
            run.data().note(line.toString());
            statusBar.setMessage("");
        }
        lab.refresh(run.data());
    }

    public void stopRun() {
        run.stop();
    }

    /** Runs the chapter on screen in step mode and sends these steps at once (the screenshot mode's script). */
    public void startStepped(List<String> steps) {
        start(true, steps);
    }

    /** "Run N times": the outcome histogram of the chapter on screen with its current parameters. */
    public void repeatCurrent(int runs) {
        if (current == null || run.state().active() || repeat.running()) {
            return;
        }
        ParamModel params = paramModels.get(current.id());
        if (!params.validProperty().get()) {
            statusBar.setMessage(text.get("status.invalidParams"));
            return;
        }
        if (lab.valueView() != null) {
            lab.valueView().showOutcomes(true);
        }
        repeat.start(current.id(), params.snapshot(), runs);
    }

    private void showOutcomes() {
        if (lab.outcomes() != null) {
            lab.outcomes().show(repeat.board(), repeat.running(), !run.state().active());
        }
    }

    private void onRunUpdate(RunData data) {
        if (current != null && current.id().equals(runChapterId)) {
            lab.refresh(data);
            steps.showLine();
        }
        statusBar.update(run);
    }

    private void onStateChange(RunState state) {
        updateButtons();
        showState();
        if (state == RunState.FINISHED || state == RunState.FAILED || state == RunState.STOPPED) {
            RunData d = run.data();
            String key = state == RunState.FINISHED ? "status.finished"
                    : state == RunState.STOPPED ? "status.stopped" : "status.failed";
            int exit = d.exited() == null ? -1 : d.exited().exitCode();
            statusBar.setMessage(text.format(key, runChapterId,
                    String.format(java.util.Locale.ROOT, "%.1f", run.elapsedSeconds()), exit));
            if (state == RunState.FINISHED && runChapterId != null && chaptersRun.add(runChapterId)) {
                settings.save(settings.get().withChapterRun(runChapterId));
            }
            if (state == RunState.FINISHED && indexOf(runChapterId) >= 0) {
                Chapter ran = chapters.get(indexOf(runChapterId));
                ParamModel params = paramModels.get(ran.id());
                predictions.finished(ran, params == null ? Map.of() : params.snapshot(), d.reports());
            }
            d.note(text.format(key, runChapterId,
                    String.format(java.util.Locale.ROOT, "%.1f", run.elapsedSeconds()), exit));
            if (d.exited() != null && d.exited().survivors() > 0) {
                d.note(text.format("status.survivors", d.exited().survivors()));
            }
            if (current != null && current.id().equals(runChapterId)) {
                lab.refresh(d);
            }
            statusBar.update(run);
            steps.runEnded();
        }
        showOutcomes();
    }

    private void updateButtons() {
        boolean active = run.state().active();
        ParamModel params = current == null ? null : paramModels.get(current.id());
        lessonPage.runButton().setDisable(active || repeat.running() || params == null
                || !params.validProperty().get());
        lessonPage.stopButton().setDisable(!active || run.state() == RunState.STOPPING);
    }

    private void showState() {
        appBar.showState(run.state(), run.elapsedSeconds());
    }

    private void applyTheme() {
        Scene scene = getScene();
        if (scene != null) {
            List<String> sheets = new java.util.ArrayList<>(theme.get().stylesheets());
            sheets.add(UiFonts.stylesheet());
            scene.getStylesheets().setAll(sheets);
        }
        getStyleClass().removeAll("theme-light", "theme-dark");
        getStyleClass().add("theme-" + theme.get().id());
    }

    private void updateTitle() {
        title.set(current == null ? "ProcLab" : "ProcLab \u2014 " + current.title(text.lang()));
    }

    /** "ProcLab — <chapter title>" in the chosen language, for the window's title bar. */
    public javafx.beans.property.ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Remembers the window size (called when the window closes). */
    public void rememberSize(double width, double height) {
        settings.save(settings.get().withSize(width, height));
    }

    /** Stops the clock and any run (the run host is ended on its own thread). */
    public void shutdown() {
        clock.stop();
        run.shutdown();
        repeat.shutdown();
    }

    public UiText text() {
        return text;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public RunController runController() {
        return run;
    }

    public RepeatController repeatController() {
        return repeat;
    }

    /** Step mode: lets this worker of the current run do its next shared operation. */
    public boolean stepWorker(String worker) {
        return steps.step(worker);
    }

    /** "Restart and replay": the last stepped run again, its steps sent at once, so the same interleaving. */
    public void replay() {
        steps.replay();
    }

    public PredictionStore predictions() {
        return predictions.store();
    }

    public LabPanel lab() {
        return lab;
    }

    public LessonPage lessonPage() {
        return lessonPage;
    }

    public Chapter currentChapter() {
        return current;
    }

    public ParamModel params(String chapterId) {
        return paramModels.get(chapterId);
    }
}
