package org.proclab.ui.python;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.host.HostCommand;
import org.proclab.lesson.Chapter;
import org.proclab.ui.params.ParamModel;
import org.proclab.ui.session.LabSession;
import org.proclab.ui.text.UiText;

/**
 * Java and Python side by side: "Run both" runs the chapter on screen in Java and then in Python with its
 * parameters, and one table shows what each run reported and measured (see {@link CompareRows}).
 */
public final class ComparePane extends VBox {
    private final UiText text;
    private final LabSession session;
    private final CompareRun runs;
    private final Label title = new Label();
    private final Label status = new Label();
    private final Button runBoth = new Button();
    private final TableView<CompareRow> table = new TableView<>();
    private Chapter chapter;

    public ComparePane(UiText text, LabSession session) {
        this(text, session, HostCommand::forLesson, HostCommand::forPythonLesson);
    }

    ComparePane(UiText text, LabSession session, HostCommand.Factory java, HostCommand.Factory python) {
        this.text = text;
        this.session = session;
        this.runs = new CompareRun(java, python, this::onPhase);
        setId("compare-pane");
        getStyleClass().add("compare-pane");
        title.setId("compare-title");
        title.getStyleClass().add("lesson-title");
        status.setId("compare-status");
        status.getStyleClass().add("compare-status");
        status.setWrapText(true);
        status.textProperty().set(text.get("compare.idle"));
        runBoth.setId("compare-run");
        runBoth.getStyleClass().addAll("run-button", "accent");
        runBoth.textProperty().bind(text.bind("compare.run"));
        runBoth.setOnAction(e -> runBoth());
        runBoth.disableProperty().bind(session.runningProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, spacer, runBoth);
        top.setAlignment(Pos.CENTER_LEFT);
        table.setId("compare-table");
        table.getStyleClass().add("compare-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(27);
        table.setMaxHeight(Region.USE_PREF_SIZE);
        table.getColumns().add(column("compare.figure", CompareRow::label, 0.52));
        table.getColumns().add(column("compare.java", CompareRow::java, 0.17));
        table.getColumns().add(column("compare.python", CompareRow::python, 0.17));
        table.getColumns().add(column("compare.ratio", CompareRow::ratio, 0.14));
        VBox.setVgrow(table, Priority.ALWAYS);
        setSpacing(10);
        getChildren().addAll(top, status, table);
        show(session.currentChapter());
    }

    private TableColumn<CompareRow, String> column(String key, Function<CompareRow, String> value, double share) {
        TableColumn<CompareRow, String> column = new TableColumn<>();
        column.textProperty().bind(text.bind(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.prefWidthProperty().bind(table.widthProperty().multiply(share).subtract(2));
        column.setSortable(false);
        return column;
    }

    /** The chapter the next "Run both" compares; the old table goes. */
    public void show(Chapter c) {
        if (c == null || c == chapter) {
            return;
        }
        runs.stop();
        chapter = c;
        title.setText(text.format("compare.title", c.title(text.lang())));
        table.getItems().clear();
        status.setText(text.get("compare.idle"));
    }

    /** Runs the chapter in Java, then in Python, with the parameters it has on screen. */
    public void runBoth() {
        ParamModel params = chapter == null ? null : session.params(chapter.id());
        if (params == null || !params.validProperty().get() || session.runningProperty().get()) {
            return;
        }
        table.getItems().clear();
        runs.start(chapter.id(), params.snapshot());
    }

    private void onPhase(CompareRun.Phase phase) {
        switch (phase) {
            case JAVA:
                status.setText(text.get("compare.runningJava"));
                break;
            case PYTHON:
                status.setText(text.get("compare.runningPython"));
                break;
            case DONE:
                fill();
                break;
            default:
                status.setText(text.get("compare.stopped"));
                break;
        }
    }

    private void fill() {
        RunFigures java = runs.javaFigures();
        RunFigures python = runs.pythonFigures();
        table.getItems().setAll(CompareRows.build(java, python, this::label));
        table.setPrefHeight(table.getFixedCellSize() * (table.getItems().size() + 1.4));
        if (!java.ok()) {
            status.setText(text.format("compare.failed", "Java", java.failure()));
        } else if (!python.ok()) {
            status.setText(text.format("compare.failed", "Python", python.failure()));
        } else {
            status.setText(text.get("compare.done") + "\n" + conditions());
        }
    }

    /** The parameters both ran with, the interpreter and the machine's load: what the figures depend on. */
    private String conditions() {
        StringBuilder line = new StringBuilder();
        runs.params().forEach((k, v) -> line.append(k).append('=').append(v).append("  "));
        String python = session.python().versionProperty().get();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        line.append(text.format("compare.conditions", python == null ? "python3" : python,
                load < 0 ? "?" : String.format(Locale.ROOT, "%.1f", load), Runtime.getRuntime().availableProcessors()));
        return line.toString();
    }

    private String label(String key) {
        switch (key) {
            case CompareRows.STARTUP:
                return text.get("compare.row.startup");
            case CompareRows.WALL:
                return text.get("compare.row.wall");
            case CompareRows.EVENTS:
                return text.get("compare.row.events");
            case CompareRows.WORKERS:
                return text.get("compare.row.workers");
            default:
                return chapter.reportLabel(key, text.lang()).map(l -> l + " (" + key + ")").orElse(key);
        }
    }

    /** Ends a comparison still running (closing the view, leaving the app). */
    public void stop() {
        runs.stop();
    }

    public boolean running() {
        return runs.running();
    }

    public TableView<CompareRow> table() {
        return table;
    }
}
