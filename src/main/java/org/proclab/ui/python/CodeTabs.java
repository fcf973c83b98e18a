package org.proclab.ui.python;

import java.util.Collection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.GenericStyledArea;
import org.proclab.python.PythonChapter;
import org.proclab.ui.session.LabSession;
import org.proclab.ui.text.UiText;

/**
 * The code pane as two tabs, the Java example and its Python original, with the line mapping between them and
 * the compare window. The lesson page hands over its Java code node and the text area inside it.
 */
public final class CodeTabs extends TabPane {
    private static final javafx.css.PseudoClass JAVA_ONLY = javafx.css.PseudoClass.getPseudoClass("java-only");
    private final UiText text;
    private final LabSession session;
    private final PythonPane python;
    private final LineMapLink link;
    private final Tab javaTab;
    private final Tab pythonTab;
    private Stage compareStage;
    private ComparePane compare;

    public CodeTabs(Node javaCode, GenericStyledArea<Collection<String>, ?, ?> javaArea, UiText text,
                    LabSession session) {
        this.text = text;
        this.session = session;
        setId("code-tabs");
        getStyleClass().add("code-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        python = new PythonPane(text, session);
        link = new LineMapLink(javaArea, python.codeView().area());
        javaTab = new Tab(null, javaCode);
        javaTab.setId("java-tab");
        javaTab.textProperty().bind(text.bind("python.tab.java"));
        pythonTab = new Tab(null, python);
        pythonTab.setId("python-tab");
        pythonTab.textProperty().bind(text.bind("python.tab.python"));
        getTabs().addAll(javaTab, pythonTab);
        getSelectionModel().selectedItemProperty().addListener((obs, a, tab) -> {
            if (tab == pythonTab) {
                session.python().checkInterpreter();
            }
        });
        // A Python exception is shown where it happened.
        session.python().errorLineProperty().addListener((obs, a, line) -> {
            if (line.intValue() > 0) {
                getSelectionModel().select(pythonTab);
            }
        });
        session.currentChapterProperty().addListener((obs, a, c) -> remap());
        // The Java text is set by the lesson page's own chapter listener; map once both texts are in.
        javaArea.textProperty().addListener((obs, a, b) -> remap());
        python.compareButton().setOnAction(e -> openCompare());
        remap();
    }

    private void remap() {
        PythonChapter shown = python.shownChapter();
        showPythonTab(shown != null);
        link.setMap(shown == null ? null : shown.lineMap());
        if (compare != null) {
            compare.show(session.currentChapter());
        }
    }

    /** A page without a Python original (the scratch page) has the Java code alone, with no tab row. */
    private void showPythonTab(boolean show) {
        if (show && !getTabs().contains(pythonTab)) {
            getTabs().add(pythonTab);
        } else if (!show && getTabs().contains(pythonTab)) {
            getSelectionModel().select(javaTab);
            getTabs().remove(pythonTab);
        }
        pseudoClassStateChanged(JAVA_ONLY, !show);
    }

    /** Opens (or brings forward) the window that runs the chapter in both languages and compares them. */
    public ComparePane openCompare() {
        if (compareStage == null) {
            compare = new ComparePane(text, session);
            Scene scene = new Scene(compare, 760, 460);
            if (getScene() != null) {
                scene.getStylesheets().setAll(getScene().getStylesheets());
            }
            scene.getStylesheets().add(PythonPane.class.getResource("/assets/themes/python-code.css")
                    .toExternalForm());
            compareStage = new Stage();
            compareStage.setScene(scene);
            compareStage.titleProperty().bind(text.bind("python.compare"));
            if (getScene() != null && getScene().getWindow() != null) {
                compareStage.initOwner(getScene().getWindow());
            }
            compareStage.setOnHidden(e -> compare.stop());
        }
        compare.show(session.currentChapter());
        compareStage.show();
        compareStage.toFront();
        return compare;
    }

    public Tab javaTab() {
        return javaTab;
    }

    public Tab pythonTab() {
        return pythonTab;
    }

    public PythonPane pythonPane() {
        return python;
    }

    public LineMapLink lineMap() {
        return link;
    }

    /** The compare view, once opened; else null. */
    public ComparePane comparePane() {
        return compare;
    }

    /** Ends a comparison still running (the app is closing). */
    public void shutdown() {
        if (compare != null) {
            compare.stop();
        }
        if (compareStage != null) {
            compareStage.hide();
        }
    }
}
