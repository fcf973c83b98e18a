package org.proclab.ui.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Lang;
import org.proclab.lesson.Preset;
import org.proclab.lesson.ViewKind;
import org.proclab.ui.params.ParamModel;
import org.proclab.ui.run.RepeatController;
import org.proclab.ui.run.RunController;
import org.proclab.ui.run.RunData;
import org.proclab.ui.run.RunState;
import org.proclab.compile.SourceCompiler;
import org.proclab.ui.session.settings.EditStore;
import org.proclab.ui.session.settings.PredictionStore;
import org.proclab.ui.session.settings.Settings;
import org.proclab.ui.session.settings.SettingsStore;
import org.proclab.ui.theme.Theme;
import org.proclab.viz.outcome.OutcomeBoard;

/**
 * The window's state and commands without a node: the chapters and the one on screen, each chapter's
 * parameters, language, theme and what is remembered, the prediction, and run / repeat / step / replay /
 * stop with their guards as read-only properties. Views bind to it; tests drive it without a window.
 * Runs themselves go through {@link SessionRuns}.
 */
public final class LabSession implements StepCommands, RepeatCommands {
    private final CoursePages pages;
    private final SettingsStore settings;
    private final Predictions predictions;
    private final SessionRuns runs;
    private final SessionPresets presets = new SessionPresets(this);
    private final CodeEdits edits;
    private final ExerciseProgress exercises;
    private final SessionPython python;
    private final Map<String, ParamModel> paramModels = new HashMap<>();
    private final ObjectProperty<Lang> lang = new SimpleObjectProperty<>(Lang.EN);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final BooleanProperty stepMode = new SimpleBooleanProperty();
    private final ObservableSet<String> chaptersRun = FXCollections.observableSet();
    private final ObservableSet<String> chaptersRunView = FXCollections.unmodifiableObservableSet(chaptersRun);
    private final ReadOnlyObjectWrapper<Chapter> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ParamModel> currentParams = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunData> shownData = new ReadOnlyObjectWrapper<>(new RunData());
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<StatusMessage> status = new ReadOnlyObjectWrapper<>(StatusMessage.NONE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("ProcLab");

    /** {@code scratch}: the learner's own program's page, or null. */
    public LabSession(List<Chapter> chapters, Chapter scratch, List<String> problems, SettingsStore settings,
                      RunController run, RepeatController repeat, Messages messages) {
        this.pages = new CoursePages(chapters, scratch);
        this.settings = settings;
        // Predictions live beside the settings file; an in-memory settings store keeps them in memory too.
        this.predictions = new Predictions(PredictionStore.beside(settings.file()));
        EditStore editStore = EditStore.beside(settings.file());
        this.edits = new CodeEdits(editStore, SourceCompiler.standard(), this::setStatus);
        this.exercises = new ExerciseProgress(editStore, edits);
        this.runs = new SessionRuns(this, run, repeat, messages);
        this.python = new SessionPython(this, runs);
        Settings s = settings.get();
        lang.set(Lang.fromCode(s.lang()));
        theme.set(Theme.fromId(s.theme()));
        chaptersRun.addAll(s.chaptersRun());
        lang.addListener((obs, a, b) -> {
            settings.save(settings.get().withLang(b.code()));
            updateTitle();
        });
        theme.addListener((obs, a, b) -> settings.save(settings.get().withTheme(b.id())));
        status.set(problems.isEmpty() ? StatusMessage.of("status.keys")
                : StatusMessage.of("status.problems", problems.size(), String.join("; ", problems)));
        if (!chapters.isEmpty()) {
            showChapter(chapter(s.lastChapter()).orElse(chapters.get(0)));
        }
    }

    // --- navigation -------------------------------------------------------------------------------

    /** The chapters of the course, in order (never the scratch page). */
    public List<Chapter> chapters() {
        return pages.chapters();
    }

    /** The chapter's position in the course, or -1 (also for the scratch page). */
    public int indexOf(String id) {
        return pages.indexOf(id);
    }

    /** A chapter of the course by id, or the scratch page by its id. */
    public Optional<Chapter> chapter(String id) {
        return pages.page(id);
    }

    /** The page for the learner's own program, if the course has one: not a chapter (no number, not counted). */
    public Optional<Chapter> scratchPage() {
        return pages.scratch();
    }

    public void showScratch() {
        pages.scratch().ifPresent(this::showChapter);
    }

    /** Opens a chapter by id; false if there is none. */
    public boolean showChapter(String id) {
        Optional<Chapter> c = chapter(id);
        c.ifPresent(this::showChapter);
        return c.isPresent();
    }

    /** Opens a chapter of this course or its scratch page. Leaving a page ends its run and its repetitions. */
    public void showChapter(Chapter chapter) {
        if (chapter == null || current.get() == chapter || chapter(chapter.id()).orElse(null) != chapter) {
            return;
        }
        runs.stopAll();
        ParamModel params = params(chapter.id());
        int i = pages.position(chapter);
        hasPrevious.set(i > 0);
        hasNext.set(i < pages.chapters().size() - 1);
        shownData.set(chapter.id().equals(runs.runChapterId()) ? runs.runController().data() : new RunData());
        currentParams.set(params);
        if (!chapter.views().contains(ViewKind.STEP)) {
            stepMode.set(false);
        }
        runs.chapterShown();
        exercises.stop();
        edits.show(CodeTarget.example(chapter));
        predictions.show(chapter);
        current.set(chapter);
        settings.save(settings.get().withLastChapter(chapter.id()));
        runs.updateGuards();
        updateTitle();
    }

    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    private void move(int delta) {
        pages.at(current.get() == null ? 0 : pages.position(current.get()) + delta).ifPresent(this::showChapter);
    }

    /** The parameters of a chapter of this course (made on first use, kept for the session); null if none. */
    public ParamModel params(String chapterId) {
        Optional<Chapter> c = chapter(chapterId);
        if (c.isEmpty()) {
            return null;
        }
        return paramModels.computeIfAbsent(chapterId, k -> {
            ParamModel model = new ParamModel(c.get().params());
            model.validProperty().addListener((obs, a, b) -> runs.updateGuards());
            return model;
        });
    }

    // --- runs ---------------------------------------------------------------------------------------

    /** Runs the chapter on screen with its parameters, in step mode when it has one and it is on. */
    public void run() {
        runs.runShown();
    }

    /** Runs the chapter on screen in step mode and sends these steps at once (the screenshot mode's script). */
    public void runStepped(List<String> steps) {
        stepMode.set(true);
        runs.start(true, steps);
    }

    public void stop() {
        runs.runController().stop();
        exercises.stop();
    }

    // --- presets: a "Try this" line or the question, one click each ---------------------------------
    /** Sets the preset's parameters (the others to their defaults); false while a run or repetitions are active. */
    public boolean applyPreset(Preset preset) {
        return presets.apply(preset.settings());
    }

    /** {@link #applyPreset} and Run; true when the run started. */
    public boolean runPreset(Preset preset) {
        return presets.run(preset.settings());
    }

    /** Runs the chapter on screen with its question's settings (what a graded run needs); false if none. */
    public boolean runQuestion() {
        Map<String, String> settings = presets.questionSettings();
        return settings != null && presets.run(settings);
    }

    /** A preset may be applied: no run and no repetitions are active. */
    public ReadOnlyBooleanProperty canApplyPresetProperty() {
        return runs.canRepeat();
    }

    @Override
    public void repeat(int count) {
        runs.repeat(count);
    }

    @Override
    public void stopRepeat() {
        runs.repeatController().stop();
    }

    @Override
    public boolean step(String worker) {
        return runs.step(worker);
    }

    @Override
    public void replay() {
        runs.replay();
    }

    /** Called after each change of {@link #shownDataProperty()}'s content: a frame of events, a start, an end. */
    public void addOnUpdate(Runnable action) {
        runs.addOnUpdate(action);
    }

    /** Seconds since the current run started, or its whole length once it ended. */
    public double elapsedSeconds() {
        return runs.runController().elapsedSeconds();
    }

    public RunController runController() {
        return runs.runController();
    }

    public RepeatController repeatController() {
        return runs.repeatController();
    }

    @Override
    public OutcomeBoard board() {
        return runs.repeatController().board();
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    /** Remembers the window size (called when the window closes). */
    public void rememberSize(double width, double height) {
        settings.save(settings.get().withSize(width, height));
    }

    void markRun(String chapterId) {
        // The scratch page is not part of the course: running it counts for nothing.
        if (indexOf(chapterId) >= 0 && chaptersRun.add(chapterId)) {
            settings.save(settings.get().withChapterRun(chapterId));
        }
    }

    void setStatus(StatusMessage message) {
        status.set(message);
    }

    /** Ends whatever runs (the run hosts end on their own threads). */
    public void shutdown() {
        runs.shutdown();
        exercises.stop();
    }

    private void updateTitle() {
        Chapter c = current.get();
        title.set(c == null ? "ProcLab" : "ProcLab \u2014 " + c.title(lang.get()));
    }

    // --- properties ---------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Chapter> currentChapterProperty() {
        return current.getReadOnlyProperty();
    }

    public Chapter currentChapter() {
        return current.get();
    }

    /** The parameters of the chapter on screen. */
    public ReadOnlyObjectProperty<ParamModel> currentParamsProperty() {
        return currentParams.getReadOnlyProperty();
    }

    /** What the lab shows: the current run's data when the chapter on screen ran last, else an empty one. */
    public ReadOnlyObjectProperty<RunData> shownDataProperty() {
        return shownData.getReadOnlyProperty();
    }

    void setShownData(RunData data) {
        shownData.set(data);
    }

    public ReadOnlyBooleanProperty canRunProperty() {
        return runs.canRun();
    }

    public ReadOnlyBooleanProperty canStopProperty() {
        return runs.canStop();
    }

    @Override
    public ReadOnlyBooleanProperty canRepeatProperty() {
        return runs.canRepeat();
    }

    /** True while a run is active (starting, running or stopping). */
    public ReadOnlyBooleanProperty runningProperty() {
        return runs.running();
    }

    @Override
    public ReadOnlyBooleanProperty repeatingProperty() {
        return runs.repeatController().runningProperty();
    }

    @Override
    public ReadOnlyLongProperty boardVersionProperty() {
        return runs.boardVersion();
    }

    public ReadOnlyObjectProperty<RunState> runStateProperty() {
        return runs.runController().stateProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusMessage> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "ProcLab — <chapter title>" in the chosen language, for the window's title bar. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObjectProperty<Lang> langProperty() {
        return lang;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Step mode on: Run starts the workers paused before every shared operation (chapters with step mode). */
    public BooleanProperty stepModeProperty() {
        return stepMode;
    }

    /** Ids of the chapters run to the end at least once (read-only). */
    public ObservableSet<String> chaptersRun() {
        return chaptersRunView;
    }

    /** Python: is there a python3, run the chapter in CPython, the last Python run's exception. */
    public SessionPython python() {
        return python;
    }

    public Predictions predictions() {
        return predictions;
    }

    /** The learner's code: what the editor shows, its edits, problems and reset. */
    public CodeEdits edits() {
        return edits;
    }

    /** Checking the exercise on screen, and which exercises have passed. */
    public ExerciseProgress exercises() {
        return exercises;
    }
}
