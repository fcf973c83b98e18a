package org.proclab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.exercise.CheckVerdict;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Exercise;
import org.proclab.ui.session.CodeEdits;
import org.proclab.ui.session.CodeTarget;
import org.proclab.ui.session.ExerciseProgress;
import org.proclab.ui.session.LabSession;
import org.proclab.ui.text.UiText;

/**
 * The code half of the lesson page: which code (the example or an exercise), the edited mark, Reset with its
 * diff, the exercise's task, Check and its verdict, and the editor. Everything it shows comes from the
 * session's {@link CodeEdits} and {@link ExerciseProgress}.
 */
final class CodePane extends VBox {
    private static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final UiText text;
    private final CodeEdits edits;
    private final ExerciseProgress exercises;
    private final CodeView code;
    private final Label title = new Label();
    private final Label edited = new Label();
    private final ComboBox<CodeTarget> chooser = new ComboBox<>();
    private final Button reset = new Button();
    private final Button check = new Button();
    private final MarkdownView task = new MarkdownView();
    private final Label verdict = new Label();
    private final Label progress = new Label();
    private final VBox exerciseBox;
    private final ResetBox resetBox;
    private boolean choosing;
    private WrappingRow header;
    private final CodeFileButtons fileButtons;

    CodePane(UiText text, LabSession session) {
        this.text = text;
        this.edits = session.edits();
        this.exercises = session.exercises();
        this.code = new CodeView(text);
        getStyleClass().add("code-box");
        title.getStyleClass().add("code-title");
        title.setId("code-title");
        edited.getStyleClass().add("code-edited");
        edited.setId("code-edited");
        edited.textProperty().bind(text.bind("editor.edited"));
        Region icon = new Region();
        icon.getStyleClass().addAll("icon", "icon-code");
        chooser.setId("code-chooser");
        chooser.setCellFactory(v -> new TargetCell());
        chooser.setButtonCell(new TargetCell());
        chooser.valueProperty().addListener((obs, a, b) -> {
            if (!choosing && b != null) {
                edits.show(b);
            }
        });
        reset.setId("reset-code");
        reset.getStyleClass().add("link-button");
        reset.textProperty().bind(text.bind("editor.reset"));
        reset.setTooltip(new Tooltip());
        reset.getTooltip().textProperty().bind(text.bind("editor.reset.tip"));
        resetBox = new ResetBox(text, () -> {
            edits.reset();
            code.setSource(edits.source(edits.shown()));
            updateMarks();
        });
        reset.setOnAction(e -> resetBox.show(edits.diff()));
        check.setId("check-exercise");
        check.getStyleClass().add("accent");
        check.textProperty().bind(text.bind("editor.check"));
        check.setOnAction(e -> exercises.check());
        check.disableProperty().bind(exercises.checkingProperty().or(session.runningProperty()));
        // The file name and its edit mark are never cut: at a narrow width the tools take a second line.
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox named = new HBox(8, icon, title, edited);
        named.setAlignment(Pos.CENTER_LEFT);
        fileButtons = new CodeFileButtons(text, edits);
        HBox tools = new HBox(chooser, fileButtons, reset, check);
        tools.getStyleClass().add("code-tools");
        tools.setAlignment(Pos.CENTER_RIGHT);
        header = new WrappingRow(named, tools);
        header.setId("code-header");
        header.getStyleClass().add("code-header");
        task.setId("exercise-task");
        verdict.setId("exercise-verdict");
        verdict.getStyleClass().add("exercise-verdict");
        progress.setId("exercise-progress");
        progress.getStyleClass().add("exercise-progress");
        exerciseBox = new VBox(4, task, verdict, progress);
        exerciseBox.getStyleClass().add("exercise-task");
        Label noCompiler = new Label();
        noCompiler.textProperty().bind(text.bind("editor.noCompiler"));
        noCompiler.getStyleClass().add("exercise-task");
        noCompiler.setWrapText(true);
        noCompiler.setVisible(!edits.canCompile());
        noCompiler.setManaged(!edits.canCompile());
        code.setEditable(edits.canCompile());
        getChildren().addAll(header, noCompiler, exerciseBox, resetBox, code);
        VBox.setVgrow(code, Priority.ALWAYS);
        bind(session);
    }

    private void bind(LabSession session) {
        code.setOnEdit(source -> {
            edits.edit(source);
            showTitle(edits.shown());
        });
        edits.shownProperty().addListener((obs, a, b) -> show(b));
        edits.problemsProperty().addListener((obs, a, b) -> code.showProblems(b));
        edits.refusedRunsProperty().addListener((obs, a, b) -> code.revealFirstProblem());
        edits.openedProperty().addListener((obs, a, b) -> {
            code.setSource(edits.source(edits.shown()));
            showTitle(edits.shown());
            updateMarks();
        });
        edits.exceptionLineProperty().addListener((obs, a, b) -> code.markException(b.intValue()));
        edits.editedChapters().addListener((javafx.collections.SetChangeListener<String>) c -> updateMarks());
        exercises.verdictProperty().addListener((obs, a, b) -> showVerdict(b));
        exercises.checkingProperty().addListener((obs, a, b) -> showVerdict(exercises.verdictProperty().get()));
        exercises.results().addListener((MapChangeListener<String, String>) c -> updateMarks());
        text.langProperty().addListener((obs, a, b) -> {
            show(edits.shown());
            chooser.setButtonCell(new TargetCell());
        });
        show(edits.shown());
    }

    private void show(CodeTarget target) {
        if (target == null) {
            return;
        }
        Chapter chapter = target.chapter();
        if (code.getSource().isEmpty() || !code.getSource().equals(edits.source(target))) {
            code.setSource(edits.source(target));
            if (target.isExercise()) {
                code.scrollToText("TODO");
            } else {
                code.scrollToMethod(chapter.focus());
            }
        }
        resetBox.hide();
        List<CodeTarget> targets = new ArrayList<>();
        targets.add(CodeTarget.example(chapter));
        for (Exercise e : chapter.exercises()) {
            targets.add(CodeTarget.exercise(chapter, e));
        }
        choosing = true;
        chooser.getItems().setAll(targets);
        chooser.setValue(targets.stream().filter(t -> t.key().equals(target.key())).findFirst().orElse(null));
        choosing = false;
        showTitle(target);
        boolean scratch = chapter.scratch();
        fileButtons.setVisible(scratch);
        fileButtons.setManaged(scratch);
        chooser.setVisible(!scratch);
        chooser.setManaged(!scratch);
        boolean exercise = target.isExercise();
        exerciseBox.setVisible(exercise);
        exerciseBox.setManaged(exercise);
        check.setVisible(exercise);
        check.setManaged(exercise);
        if (exercise) {
            task.setMarkdown(target.exercise().task(text.lang()), false);
        }
        showVerdict(exercises.verdictProperty().get());
        updateMarks();
    }

    /** On the scratch page the file is named after the learner's public class, so it follows the edits. */
    private void showTitle(CodeTarget target) {
        if (target != null) {
            title.setText(target.chapter().scratch() ? edits.fileName(target) : target.fileName());
        }
    }

    private void showVerdict(CheckVerdict v) {
        verdict.pseudoClassStateChanged(PASSED, v != null && v.passed());
        verdict.pseudoClassStateChanged(FAILED, v != null && !v.passed());
        if (exercises.checkingProperty().get()) {
            verdict.setText(text.get("editor.checking"));
        } else {
            verdict.setText(v == null ? "" : text.format(v.key(), v.args().toArray()));
        }
    }

    private void updateMarks() {
        CodeTarget target = edits.shown();
        if (target == null) {
            return;
        }
        boolean changed = edits.edited(target);
        edited.setVisible(changed);
        reset.setDisable(!changed);
        List<Exercise> all = target.chapter().exercises();
        long passed = all.stream().filter(e -> exercises.passed(CodeTarget.exercise(target.chapter(), e))).count();
        progress.setText(text.format("editor.progress", passed, all.size()));
        chooser.setButtonCell(new TargetCell());
    }

    /** Everything of this pane that is not lines of code: the header, the exercise's task, the scroll bar. */
    double chromeHeight() {
        double boxes = 0;
        for (javafx.scene.Node n : getChildren()) {
            if (n != code && n.isManaged()) {
                boxes += n.prefHeight(getWidth());
            }
        }
        return boxes + 30;
    }

    CodeView codeView() {
        return code;
    }

    private final class TargetCell extends ListCell<CodeTarget> {
        @Override
        protected void updateItem(CodeTarget t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setText(null);
                return;
            }
            String name = t.isExercise() ? text.format("editor.exercise", t.exercise().title(text.lang()))
                    : text.get("editor.example");
            setText(name + (t.isExercise() && exercises.passed(t) ? "  \u2713" : ""));
        }
    }
}
