package org.proclab.ui.lesson;

import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.lesson.Chapter;
import org.controlsfx.control.ToggleSwitch;
import org.proclab.lesson.Lang;
import org.proclab.lesson.ViewKind;
import org.proclab.ui.params.ParamModel;
import org.proclab.ui.params.ParamPanel;
import org.proclab.ui.python.CodeTabs;
import org.proclab.ui.run.RunState;
import org.proclab.ui.session.CodeTarget;
import org.proclab.ui.session.LabSession;
import org.proclab.ui.text.UiText;
import javafx.util.Duration;

/**
 * The middle column: chapter title, the lesson text, the example source that runs, and the run bar
 * (parameters, Run, Stop). It shows the session's chapter on screen; its buttons call the session's commands
 * and are enabled by its guards.
 */
public final class LessonPage extends VBox {
    private final UiText text;
    private final LabSession session;
    private final Label kicker = new Label();
    private final Label title = new Label();
    private final MarkdownView markdown = new MarkdownView();
    private final VBox reading = new VBox();
    private final ScrollPane textScroll = new ScrollPane(reading);
    /** Lesson text above, code below: the code gets most of a small window (at 1024x700 at least 12 lines). */
    static final double DEFAULT_SPLIT = 0.36;
    /** The parameters take at most this share of the page's height; more of them scroll. */
    static final double PARAMS_SHARE = 0.15;
    /** Lines of code the first layout makes room for: the full figure on a tall page, fewer on a short one. */
    static final int CODE_LINES_TALL = 26;
    static final int CODE_LINES_SHORT = 13;
    static final double TALL_PAGE = 760;

    private final CodePane codePane;
    private final CodeView code;
    private final SplitPane split;
    private boolean placing;
    private boolean learnerPlaced;
    private final PauseTransition saveSplit = new PauseTransition(Duration.millis(400));
    private final ParamPanel params;
    private final Button run = new Button();
    private final Button stop = new Button();
    private final Button reset = new Button();
    private final ToggleSwitch stepSwitch = new ToggleSwitch();
    private final HBox stepRow = new HBox();
    private final Label exerciseParams = new Label();
    private final PredictionBox prediction;
    private CodeTabs codeTabs;
    private boolean verdictAwaited;
    private Chapter chapter;
    private int number;
    private int total;
    private ParamModel paramModel;

    public LessonPage(UiText text, LabSession session) {
        this.text = text;
        this.session = session;
        setId("lesson-page");
        getStyleClass().add("lesson-page");
        kicker.getStyleClass().add("lesson-kicker");
        kicker.setId("lesson-kicker");
        title.getStyleClass().add("lesson-title");
        title.setId("lesson-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        VBox header = new VBox(kicker, title);
        header.getStyleClass().add("lesson-header");

        markdown.setId("lesson-text");
        textScroll.setFitToWidth(true);
        textScroll.getStyleClass().add("lesson-scroll");
        textScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        codePane = new CodePane(text, session);
        code = codePane.codeView();
        prediction = new PredictionBox(text);
        // Title, text and question scroll as one reading: read, then predict, then run. Pinned above and
        // below the text they left a small window two lines of lesson.
        reading.getChildren().setAll(header, markdown, prediction);
        reading.getStyleClass().add("lesson-reading");
        // Issue 15: the Java code and its Python original as two tabs, their lines mapped to each other.
        codeTabs = new CodeTabs(codePane, code.area(), text, session);
        split = new SplitPane(textScroll, codeTabs);
        split.setId("lesson-split");
        split.setOrientation(Orientation.VERTICAL);
        double remembered = session.edits().splitPosition(-1);
        split.setDividerPositions(remembered > 0 ? remembered : DEFAULT_SPLIT);
        learnerPlaced = remembered > 0;
        fitCodeToHeight();
        split.getStyleClass().add("lesson-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        // Remembered once the divider rests, not for every pixel of a drag.
        saveSplit.setOnFinished(e -> session.edits().rememberSplit(split.getDividerPositions()[0]));
        split.getDividers().get(0).positionProperty().addListener((obs, a, b) -> {
            if (!placing && split.getHeight() > 0 && split.isPressed()) {
                learnerPlaced = true;
                saveSplit.playFromStart();
            }
        });

        params = new ParamPanel(text);
        getChildren().addAll(split, runBar());
        text.langProperty().addListener((obs, a, b) -> render());
        bindToSession();
    }

    /**
     * Until the learner moves the divider, every layout of a new height places it so that the code shows
     * enough lines for the page (the lesson text keeps the rest); once moved, the learner's place is kept.
     */
    private void fitCodeToHeight() {
        split.heightProperty().addListener((obs, a, h) -> {
            if (learnerPlaced || h.doubleValue() < 100) {
                return;
            }
            int lines = getHeight() >= TALL_PAGE ? CODE_LINES_TALL : CODE_LINES_SHORT;
            // The Java/Python tab row sits above the code pane: count it, or the code gets two lines less.
            double tabRow = codeTabs.getHeight() > 0 && codePane.getHeight() > 0
                    ? codeTabs.getHeight() - codePane.getHeight() : 30;
            double wanted = lines * code.lineHeight() + codePane.chromeHeight() + tabRow;
            placing = true;
            split.setDividerPositions(Math.max(0.12, Math.min(DEFAULT_SPLIT, 1 - wanted / h.doubleValue())));
            placing = false;
        });
    }

    private void bindToSession() {
        run.setOnAction(e -> session.run());
        run.disableProperty().bind(session.canRunProperty().not());
        stop.setOnAction(e -> session.stop());
        stop.disableProperty().bind(session.canStopProperty().not());
        stepSwitch.selectedProperty().bindBidirectional(session.stepModeProperty());
        prediction.setOnPredict(p -> session.predictions().predict(p));
        prediction.setOnRunQuestion(session::runQuestion);
        prediction.runQuestionButton().disableProperty().bind(session.canApplyPresetProperty().not());
        params.setOnPreset(session::runPreset);
        params.presetChips().disableProperty().bind(session.canApplyPresetProperty().not());
        session.predictions().shownEntryProperty().addListener((obs, a, b) -> {
            showPrediction();
            // Only the verdict of a run of this page scrolls to the question; opening a chapter whose guess was
            // graded before starts at the top of its lesson.
            if (verdictAwaited && b != null && b.reveal() != null && session.currentChapter() == chapter) {
                verdictAwaited = false;
                Platform.runLater(this::revealPrediction);
            }
        });
        // Last run's verdict must not sit beside a run that has not finished yet.
        session.runStateProperty().addListener((obs, before, now) -> {
            if (now == RunState.STARTING) {
                prediction.clear();
                verdictAwaited = true;
            }
        });
        session.currentChapterProperty().addListener((obs, a, c) -> show(c));
        session.edits().shownProperty().addListener((obs, a, b) -> showParamsFor(b));
        if (session.currentChapter() != null) {
            show(session.currentChapter());
        }
    }

    /**
     * An exercise's code sets its own numbers: the chapter's fields and "Try this" chips would change nothing,
     * so the panel says so instead of offering them.
     */
    private void showParamsFor(CodeTarget target) {
        boolean exercise = target != null && target.isExercise();
        params.setVisible(!exercise);
        params.setManaged(!exercise);
        exerciseParams.setVisible(exercise);
        exerciseParams.setManaged(exercise);
        boolean resettable = !exercise && paramModel != null && !paramModel.specs().isEmpty();
        reset.setVisible(resettable);
        reset.setManaged(resettable);
    }

    private void showPrediction() {
        prediction.show(session.currentChapter(), session.predictions().shownEntryProperty().get());
    }

    /** Scrolls the reading, if it must, until the question and its verdict are in view. */
    public void revealPrediction() {
        textScroll.applyCss();
        textScroll.layout();
        double content = reading.getHeight();
        double view = textScroll.getViewportBounds().getHeight();
        if (content <= view || view <= 0) {
            return;
        }
        double top = textScroll.getVvalue() * (content - view);
        double boxTop = prediction.getBoundsInParent().getMinY();
        double boxBottom = prediction.getBoundsInParent().getMaxY();
        if (boxTop >= top && boxBottom <= top + view) {
            return;
        }
        double newTop = boxTop < top ? boxTop : Math.min(boxTop, boxBottom - view);
        textScroll.setVvalue(Math.max(0, Math.min(1, newTop / (content - view))));
    }

    private VBox runBar() {
        Label caption = new Label();
        caption.textProperty().bind(text.bind("params.title"));
        caption.getStyleClass().add("section-caption");
        reset.setId("reset-params");
        reset.getStyleClass().addAll("link-button");
        reset.textProperty().bind(text.bind("params.reset"));
        reset.setOnAction(e -> {
            if (paramModel != null) {
                paramModel.resetToDefaults();
            }
        });
        run.setId("run-button");
        run.getStyleClass().addAll("run-button", "accent");
        run.textProperty().bind(text.bind("run.run"));
        run.setGraphic(icon("icon-run"));
        run.setTooltip(new Tooltip("Ctrl+R / F5"));
        run.setMinWidth(Region.USE_PREF_SIZE);
        stop.setId("stop-button");
        stop.getStyleClass().add("stop-button");
        stop.textProperty().bind(text.bind("run.stop"));
        stop.setGraphic(icon("icon-stop"));
        stop.setTooltip(new Tooltip("Esc"));
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stepSwitch.setId("step-switch");
        stepSwitch.getStyleClass().add("step-switch");
        stepSwitch.textProperty().bind(text.bind("step.mode"));
        stepSwitch.setTooltip(new Tooltip());
        stepSwitch.getTooltip().textProperty().bind(text.bind("step.mode.tip"));
        stepSwitch.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(caption, reset, spacer, run, stop);
        top.getStyleClass().add("run-bar-header");
        top.setAlignment(Pos.CENTER_LEFT);
        Label stepHint = new Label();
        stepHint.textProperty().bind(text.bind("step.mode.hint"));
        stepHint.getStyleClass().add("param-hint");
        stepHint.setWrapText(true);
        stepHint.setMinHeight(Region.USE_PREF_SIZE);
        stepRow.getChildren().setAll(stepSwitch, stepHint);
        stepRow.getStyleClass().add("step-row");
        stepRow.setAlignment(Pos.CENTER_LEFT);
        stepRow.setVisible(false);
        stepRow.setManaged(false);
        // Many parameters must not squeeze the code out of a small window: past a share of the page they
        // scroll inside the panel (its own scroll pane asks for the height of its wrapped chips and fields).
        params.maxHeightProperty().bind(heightProperty().multiply(PARAMS_SHARE));
        exerciseParams.textProperty().bind(text.bind("params.exercise"));
        exerciseParams.getStyleClass().add("param-hint");
        exerciseParams.setId("exercise-params");
        exerciseParams.setWrapText(true);
        exerciseParams.setMinHeight(Region.USE_PREF_SIZE);
        exerciseParams.setVisible(false);
        exerciseParams.setManaged(false);
        VBox bar = new VBox(top, params, exerciseParams, stepRow);
        bar.getStyleClass().add("run-bar");
        bar.setId("run-bar");
        return bar;
    }

    private static Region icon(String styleClass) {
        Region r = new Region();
        r.getStyleClass().addAll("icon", styleClass);
        return r;
    }

    private void show(Chapter c) {
        if (c == null) {
            return;
        }
        chapter = c;
        verdictAwaited = false;
        number = session.indexOf(c.id()) + 1;
        total = session.chapters().size();
        paramModel = session.params(c.id());
        // One control per parameter: a switch on a lab card (the speed card's GIL) gets no second field here.
        params.show(paramModel, c.presets(), c.views().stream().flatMap(v -> v.switchedParam().stream())
                .collect(Collectors.toSet()));
        // Nothing to reset on a page without parameters (the panel itself says there are none).
        showParamsFor(session.edits().shown());
        boolean stepping = c.views().contains(ViewKind.STEP);
        stepRow.setVisible(stepping);
        stepRow.setManaged(stepping);
        if (!stepping) {
            stepSwitch.setSelected(false);
        }
        render();
        textScroll.setVvalue(0);
        showPrediction();
    }

    private void render() {
        if (chapter == null) {
            return;
        }
        Lang lang = text.lang();
        kicker.setText(chapter.scratch() ? text.get("lesson.scratchKicker") : text.format("lesson.kicker", number, total));
        title.setText(chapter.title(lang));
        markdown.setMarkdown(chapter.markdown(lang), true);
    }

    /** Step mode on: Run starts the workers paused before every shared operation. */
    public ToggleSwitch stepSwitch() {
        return stepSwitch;
    }

    public PredictionBox predictionBox() {
        return prediction;
    }

    public CodeView codeView() {
        return code;
    }

    /** The divider between lesson text and code. */
    public SplitPane split() {
        return split;
    }

    public MarkdownView markdownView() {
        return markdown;
    }
}
