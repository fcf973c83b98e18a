package org.proclab.ui.lab;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.proclab.ui.run.ConsoleLine;
import org.proclab.ui.run.RunData;
import org.proclab.ui.text.UiText;
import org.proclab.ui.theme.UiFonts;

/** All output of the run, each line tagged with the worker that printed it. Virtualised, capped. */
public final class ConsoleView implements LabView {
    private static final PseudoClass STDERR = PseudoClass.getPseudoClass("stderr");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass NOTE = PseudoClass.getPseudoClass("note");

    private final UiText text;
    private final LabCard card;
    private final ListView<ConsoleLine> list = new ListView<>();
    private final Label count = new Label();
    private RunData data;
    private long dropped;

    public ConsoleView(UiText text) {
        this.text = text;
        card = new LabCard("console-view", text.bind("lab.console"));
        list.setId("console");
        list.getStyleClass().add("console");
        list.setCellFactory(v -> new Cell());
        list.setFocusTraversable(false);
        Label placeholder = new Label();
        placeholder.textProperty().bind(text.bind("console.empty"));
        placeholder.getStyleClass().add("empty-hint");
        list.setPlaceholder(placeholder);
        count.getStyleClass().add("card-note");
        card.tools().getChildren().add(count);
        card.setBody(list);
        // The app's own notes carry their text key: a language switch says them again in the new language.
        text.langProperty().addListener((obs, a, b) -> {
            list.refresh();
            showCount();
        });
    }

    private void showCount() {
        int n = list.getItems().size();
        count.setText(n == 0 ? "" : text.format("console.count", n + dropped));
    }

    @Override
    public Node node() {
        return card;
    }

    @Override
    public void refresh(RunData runData) {
        if (runData != data) {
            data = runData;
            list.getItems().clear();
            dropped = 0;
        }
        List<ConsoleLine> lines = runData.takeNewConsoleLines();
        if (lines.isEmpty()) {
            return;
        }
        boolean atEnd = list.getItems().isEmpty() || isShowingLast();
        list.getItems().addAll(lines);
        int over = list.getItems().size() - RunData.CONSOLE_LIMIT;
        if (over > 0) {
            list.getItems().remove(0, over);
            dropped += over;
        }
        showCount();
        if (atEnd) {
            list.scrollTo(list.getItems().size() - 1);
        }
    }

    private boolean isShowingLast() {
        // Follow new output unless the learner scrolled up to read.
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow");
        if (flow == null || flow.getLastVisibleCell() == null) {
            return true;
        }
        return flow.getLastVisibleCell().getIndex() >= list.getItems().size() - 2;
    }

    /** All lines currently held (for tests and copying). */
    public List<ConsoleLine> lines() {
        return List.copyOf(list.getItems());
    }

    @Override
    public double weight() {
        return 0.85;
    }

    private final class Cell extends ListCell<ConsoleLine> {
        private final Label tag = new Label();
        private final Label line = new Label();
        private final HBox box = new HBox(tag, line);

        Cell() {
            getStyleClass().add("console-cell");
            tag.getStyleClass().add("console-tag");
            tag.setMinWidth(Region.USE_PREF_SIZE);
            line.getStyleClass().add("console-text");
            line.setStyle(UiFonts.monoStyle());
            tag.setStyle(UiFonts.monoStyle());
            box.getStyleClass().add("console-line");
            // Long lines and stack traces wrap: an error is read whole, never cut at the card's edge.
            line.setWrapText(true);
            line.setMinWidth(0);
            line.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(line, Priority.ALWAYS);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ConsoleLine item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String who = item.worker() == null ? "proclab" : item.worker();
            tag.setText(who);
            tag.getStyleClass().removeIf(c -> c.startsWith("series-"));
            int index = data == null || item.worker() == null ? -1 : data.lanes().indexOf(item.worker());
            if (index >= 0) {
                tag.getStyleClass().add("series-" + (index % 8));
            }
            ConsoleLine.Message m = item.message();
            line.setText(m == null ? item.text() : text.format(m.key(), m.args().toArray()) + m.suffix());
            pseudoClassStateChanged(STDERR, item.kind() == ConsoleLine.Kind.STDERR);
            pseudoClassStateChanged(WARNING, item.kind() == ConsoleLine.Kind.WARNING);
            pseudoClassStateChanged(NOTE, item.kind() == ConsoleLine.Kind.NOTE);
            setGraphic(box);
            setText(null);
        }
    }
}
