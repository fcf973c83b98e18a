package org.proclab.ui.lesson;

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
import org.proclab.ui.run.RunState;
import org.proclab.ui.session.LabSession;
import org.proclab.ui.text.UiText;

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
    private final ScrollPane textScroll = new ScrollPane(markdown);
    private final CodeView code = new CodeView();
    private final Label codeTitle = new Label();
    private final ParamPanel params;
    private final Button run = new Button();
    private final Button stop = new Button();
    private final Button reset = new Button();
    private final ToggleSwitch stepSwitch = new ToggleSwitch();
    private final HBox stepRow = new HBox();
    private final PredictionBox prediction;
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

        codeTitle.getStyleClass().add("code-title");
        codeTitle.setId("code-title");
        Region codeIcon = new Region();
        codeIcon.getStyleClass().addAll("icon", "icon-code");
        HBox codeHeader = new HBox(codeIcon, codeTitle);
        codeHeader.getStyleClass().add("code-header");
        codeHeader.setAlignment(Pos.CENTER_LEFT);
        VBox codeBox = new VBox(codeHeader, code);
        codeBox.getStyleClass().add("code-box");
        VBox.setVgrow(code, Priority.ALWAYS);

        SplitPane split = new SplitPane(textScroll, codeBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        split.getStyleClass().add("lesson-split");
        VBox.setVgrow(split, Priority.ALWAYS);

        params = new ParamPanel(text);
        prediction = new PredictionBox(text);
        getChildren().addAll(header, split, prediction, runBar());
        text.langProperty().addListener((obs, a, b) -> render());
        bindToSession();
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
        session.predictions().shownEntryProperty().addListener((obs, a, b) -> showPrediction());
        // Last run's verdict must not sit beside a run that has not finished yet.
        session.runStateProperty().addListener((obs, before, now) -> {
            if (now == RunState.STARTING) {
                prediction.clear();
            }
        });
        session.currentChapterProperty().addListener((obs, a, c) -> show(c));
        if (session.currentChapter() != null) {
            show(session.currentChapter());
        }
    }

    private void showPrediction() {
        prediction.show(session.currentChapter(), session.predictions().shownEntryProperty().get());
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
        VBox bar = new VBox(top, params, stepRow);
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
        number = session.indexOf(c.id()) + 1;
        total = session.chapters().size();
        paramModel = session.params(c.id());
        params.show(paramModel, c.presets());
        code.setSource(c.exampleSource());
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
        kicker.setText(text.format("lesson.kicker", number, total));
        title.setText(chapter.title(lang));
        markdown.setMarkdown(chapter.markdown(lang), true);
        codeTitle.setText(text.format("lesson.code", chapter.sourceFile()));
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

    public MarkdownView markdownView() {
        return markdown;
    }
}
