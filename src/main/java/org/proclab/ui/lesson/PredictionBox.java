package org.proclab.ui.lesson;

import java.util.function.Consumer;
import javafx.css.PseudoClass;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.ui.session.settings.PredictionStore;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Question;
import org.proclab.lesson.predict.PredictionCheck;
import org.proclab.lesson.predict.Reveal;
import org.proclab.lesson.predict.Verdict;
import org.proclab.ui.text.UiText;

/**
 * Predict, then run: the chapter's question with a place for the learner's guess (Yes / No, or a value),
 * and after a run what really happened next to it. The box only reports the guess; the session stores it.
 */
public final class PredictionBox extends VBox {
    private static final PseudoClass MATCHED = PseudoClass.getPseudoClass("matched");
    private static final PseudoClass MISSED = PseudoClass.getPseudoClass("missed");

    private final UiText text;
    private final Label question = new Label();
    private final ToggleButton yes = new ToggleButton();
    private final ToggleButton no = new ToggleButton();
    private final HBox yesNo = new HBox(yes, no);
    private final TextField value = new TextField();
    private final Label reveal = new Label();
    private final Label answer = new Label();
    private final Button runQuestion = new Button();
    private Consumer<String> onPredict = p -> { };
    private Chapter chapter;
    private Reveal shownReveal;
    private boolean syncing;

    public PredictionBox(UiText text) {
        this.text = text;
        setId("prediction-box");
        getStyleClass().add("prediction-box");
        Label caption = new Label();
        caption.textProperty().bind(text.bind("predict.title"));
        caption.getStyleClass().add("section-caption");
        question.setId("prediction-question");
        question.getStyleClass().add("prediction-question");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);

        ToggleGroup answers = new ToggleGroup();
        yes.setToggleGroup(answers);
        no.setToggleGroup(answers);
        yes.setId("predict-yes");
        no.setId("predict-no");
        yes.textProperty().bind(text.bind("predict.yes"));
        no.textProperty().bind(text.bind("predict.no"));
        yes.getStyleClass().addAll("segment", "first");
        no.getStyleClass().addAll("segment", "last");
        yesNo.getStyleClass().add("segmented");
        yesNo.setMinWidth(Region.USE_PREF_SIZE);
        answers.selectedToggleProperty().addListener((obs, before, now) -> {
            if (!syncing && now != null) {
                onPredict.accept(now == yes ? "yes" : "no");
            }
        });
        value.setId("predict-value");
        value.promptTextProperty().bind(text.bind("predict.prompt"));
        value.setPrefColumnCount(14);
        value.setOnAction(e -> commitValue());
        value.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitValue();
            }
        });
        reveal.setId("prediction-reveal");
        reveal.getStyleClass().add("prediction-reveal");
        reveal.setWrapText(true);
        reveal.setMaxWidth(Double.MAX_VALUE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(caption, spacer, yesNo, value);
        row.getStyleClass().add("prediction-row");
        row.setAlignment(Pos.CENTER_LEFT);
        reveal.setMinHeight(Region.USE_PREF_SIZE);
        answer.setId("prediction-answer");
        answer.getStyleClass().add("prediction-answer");
        answer.setWrapText(true);
        answer.setMaxWidth(Double.MAX_VALUE);
        answer.setMinHeight(Region.USE_PREF_SIZE);
        runQuestion.setId("predict-run");
        runQuestion.getStyleClass().add("link-button");
        runQuestion.setWrapText(true);
        runQuestion.setTooltip(new Tooltip());
        getChildren().addAll(row, question, runQuestion, reveal, answer);
        text.langProperty().addListener((obs, a, b) -> render());
    }

    private void commitValue() {
        if (!syncing && !value.getText().isBlank()) {
            onPredict.accept(value.getText().trim());
        }
    }

    /** Called with "yes", "no" or the value typed, each time the learner makes or changes a prediction. */
    public void setOnPredict(Consumer<String> action) {
        onPredict = action;
    }

    /** What the "run the question's settings" button does (the window: set them and run). */
    public void setOnRunQuestion(Runnable action) {
        runQuestion.setOnAction(e -> action.run());
    }

    public Button runQuestionButton() {
        return runQuestion;
    }

    /** Shows a chapter's question with what was remembered for it; hides itself when there is no question. */
    public void show(Chapter c, PredictionStore.Entry remembered) {
        chapter = c;
        boolean shown = c != null && c.question() != null;
        setVisible(shown);
        setManaged(shown);
        if (!shown) {
            return;
        }
        boolean binary = PredictionCheck.isYesNo(c.question());
        yesNo.setVisible(binary);
        yesNo.setManaged(binary);
        value.setVisible(!binary);
        value.setManaged(!binary);
        syncing = true;
        String said = remembered == null ? null : remembered.prediction();
        yes.setSelected(binary && "yes".equals(said));
        no.setSelected(binary && "no".equals(said));
        value.setText(binary || said == null ? "" : said);
        syncing = false;
        shownReveal = remembered == null ? null : remembered.reveal();
        render();
    }

    /** What happened in the last run next to the prediction, and the lesson's answer; null clears both. */
    public void showReveal(Reveal r) {
        shownReveal = r;
        pseudoClassStateChanged(MATCHED, r != null && r.verdict() == Verdict.MATCHED);
        pseudoClassStateChanged(MISSED, r != null && r.verdict() == Verdict.MISSED);
        reveal.setVisible(r != null);
        reveal.setManaged(r != null);
        answer.setVisible(r != null);
        answer.setManaged(r != null);
        if (r == null) {
            reveal.setText("");
            answer.setText("");
            return;
        }
        String figure = text.format("predict.figure", figureName(r.key()), r.figure());
        String actual = r.actual().equals(r.figure()) ? figure
                : text.format("predict.answer-and-figure", text.get("predict." + r.actual()), figure);
        String said = "yes".equals(r.prediction()) || "no".equals(r.prediction())
                ? text.get("predict." + r.prediction()) : r.prediction();
        reveal.setText(text.format("predict.reveal", said, actual, text.get("predict.verdict." + r.verdict().key())));
        answer.setText(text.format("predict.lesson-answer", chapter.question().answer(text.lang())));
    }

    /**
     * Forgets the shown verdict: the window calls this when a new run starts, so last run's "✓ Right!" does not
     * sit beside a run that has not finished. The prediction itself stays.
     */
    public void clear() {
        showReveal(null);
    }

    /** The report in the chapter's words; the bare key only when the chapter gives it no label. */
    private String figureName(String key) {
        return chapter == null ? key : chapter.reportLabel(key, text.lang()).orElse(key);
    }

    private void render() {
        if (chapter == null || chapter.question() == null) {
            return;
        }
        Question q = chapter.question();
        question.setText(q.text(text.lang()));
        String settings = q.settings().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("  "));
        runQuestion.setText(text.format("predict.runQuestion",
                settings.isEmpty() ? text.get("predict.defaults") : settings));
        runQuestion.getTooltip().setText(settings.isEmpty() ? text.get("predict.runDefaultsTip")
                : text.format("params.presetTip", settings));
        showReveal(shownReveal);
    }

    public Label revealLabel() {
        return reveal;
    }
}
