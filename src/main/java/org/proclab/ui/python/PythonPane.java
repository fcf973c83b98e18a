package org.proclab.ui.python;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.lesson.Chapter;
import org.proclab.python.PythonChapter;
import org.proclab.ui.session.LabSession;
import org.proclab.ui.session.SessionPython;
import org.proclab.ui.text.UiText;

/**
 * The Python tab: the chapter's Python original, "Run in Python" and "Compare", what is known about the
 * machine's python3 (with what to install when there is none), and the line where a Python run raised.
 */
public final class PythonPane extends VBox {
    private final UiText text;
    private final LabSession session;
    private final PythonCodeView code = new PythonCodeView();
    private final Label title = new Label();
    private final Label interpreter = new Label();
    private final Label installHint = new Label();
    private final Label error = new Label();
    private final Button run = new Button();
    private final Button compare = new Button();
    private PythonChapter shown;

    public PythonPane(UiText text, LabSession session) {
        this.text = text;
        this.session = session;
        setId("python-pane");
        getStyleClass().addAll("code-box", "python-pane");
        title.setId("python-title");
        title.getStyleClass().add("code-title");
        interpreter.setId("python-interpreter");
        interpreter.getStyleClass().add("python-interpreter");
        run.setId("python-run-button");
        run.getStyleClass().add("python-run-button");
        run.textProperty().bind(text.bind("python.run"));
        run.setTooltip(new Tooltip());
        run.getTooltip().textProperty().bind(text.bind("python.run.tip"));
        run.setOnAction(e -> session.python().run());
        run.disableProperty().bind(session.python().canRunProperty().not());
        compare.setId("python-compare-button");
        compare.getStyleClass().add("link-button");
        compare.textProperty().bind(text.bind("python.compare"));
        compare.setTooltip(new Tooltip());
        compare.getTooltip().textProperty().bind(text.bind("python.compare.tip"));
        Region icon = new Region();
        icon.getStyleClass().addAll("icon", "icon-code");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, icon, title, interpreter, spacer, compare, run);
        header.getStyleClass().addAll("code-header", "python-header");
        header.setAlignment(Pos.CENTER_LEFT);
        title.setMinWidth(Region.USE_PREF_SIZE);
        run.setMinWidth(Region.USE_PREF_SIZE);
        compare.setMinWidth(Region.USE_PREF_SIZE);
        installHint.setId("python-install-hint");
        installHint.getStyleClass().add("python-install-hint");
        installHint.setWrapText(true);
        error.setId("python-error");
        error.getStyleClass().add("python-error");
        error.setWrapText(true);
        VBox.setVgrow(code, Priority.ALWAYS);
        getChildren().addAll(header, installHint, error, code);
        getStylesheets().add(PythonPane.class.getResource("/assets/themes/python-code.css").toExternalForm());
        bind();
    }

    private void bind() {
        SessionPython python = session.python();
        python.availabilityProperty().addListener((obs, a, b) -> showInterpreter());
        python.errorLineProperty().addListener((obs, a, line) -> showError(line.intValue()));
        text.langProperty().addListener((obs, a, b) -> {
            showInterpreter();
            showTitle();
        });
        session.currentChapterProperty().addListener((obs, a, c) -> show(c));
        show(session.currentChapter());
        showInterpreter();
        showError(-1);
    }

    private void show(Chapter c) {
        Optional<PythonChapter> python = c == null ? Optional.empty() : PythonChapter.load(c);
        shown = python.orElse(null);
        code.setSource(python.map(PythonChapter::source).orElse(""));
        showTitle();
        showError(-1);
    }

    private void showTitle() {
        title.setText(shown == null ? "" : text.format("python.code", shown.scriptName()));
    }

    private void showInterpreter() {
        SessionPython.Availability a = session.python().availabilityProperty().get();
        boolean missing = a == SessionPython.Availability.MISSING;
        interpreter.setText(a == SessionPython.Availability.FOUND
                ? text.format("python.found", session.python().versionProperty().get())
                : a == SessionPython.Availability.CHECKING ? text.get("python.checking") : "");
        installHint.setText(missing ? text.get("python.missing") + "\n" + session.python().installHint() : "");
        installHint.setVisible(missing);
        installHint.setManaged(missing);
    }

    private void showError(int line) {
        boolean raised = line > 0;
        code.markError(line);
        error.setText(raised ? text.format("python.error", session.python().errorSummaryProperty().get(), line) : "");
        error.setVisible(raised);
        error.setManaged(raised);
    }

    /** The chapter's Python counterpart on screen, or null. */
    public PythonChapter shownChapter() {
        return shown;
    }

    public PythonCodeView codeView() {
        return code;
    }

    public Button runButton() {
        return run;
    }

    public Button compareButton() {
        return compare;
    }
}
