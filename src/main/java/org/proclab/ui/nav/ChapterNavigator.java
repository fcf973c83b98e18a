package org.proclab.ui.nav;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.lesson.Chapter;
import org.proclab.ui.session.LabSession;
import org.proclab.ui.text.UiText;

/**
 * The chapters in course order, titled in the chosen language, with a mark on those already run, and below
 * them the entry of the scratch page when the course has one. Its selection follows the session's chapter on
 * screen, and choosing a chapter opens it in the session.
 */
public final class ChapterNavigator extends VBox {
    private final UiText text;
    private final ObservableSet<String> chaptersRun;
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final ObservableSet<String> chaptersEdited;
    private final ListView<Chapter> list = new ListView<>();
    private final BooleanProperty compact = new SimpleBooleanProperty();

    public ChapterNavigator(UiText text, LabSession session) {
        this.text = text;
        this.chaptersRun = session.chaptersRun();
        this.chaptersEdited = session.edits().editedChapters();
        setId("navigator");
        getStyleClass().add("navigator");
        Label heading = new Label();
        heading.textProperty().bind(text.bind("nav.chapters"));
        heading.getStyleClass().add("nav-heading");
        list.setId("chapter-list");
        list.getStyleClass().add("chapter-list");
        list.getItems().setAll(session.chapters());
        list.setCellFactory(v -> new Cell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list);
        session.scratchPage().ifPresent(scratch -> getChildren().add(new ScratchEntry(text, session, scratch, compact)));
        heading.visibleProperty().bind(compact.not());
        heading.managedProperty().bind(compact.not());
        compact.addListener((obs, a, b) -> {
            pseudoClassStateChanged(COMPACT, b);
            list.refresh();
        });
        text.langProperty().addListener((obs, a, b) -> list.refresh());
        chaptersRun.addListener((SetChangeListener<String>) c -> list.refresh());
        chaptersEdited.addListener((SetChangeListener<String>) c -> list.refresh());
        list.getSelectionModel().selectedItemProperty().addListener((obs, a, chapter) -> session.showChapter(chapter));
        session.currentChapterProperty().addListener((obs, a, chapter) -> select(chapter));
        select(session.currentChapter());
    }

    private void select(Chapter chapter) {
        if (chapter != null && chapter.scratch()) {
            // The scratch page is no chapter: no chapter row stays marked while it is on screen.
            list.getSelectionModel().clearSelection();
        } else if (chapter != null && list.getSelectionModel().getSelectedItem() != chapter) {
            list.getSelectionModel().select(chapter);
            list.scrollTo(chapter);
        }
    }

    /** Compact: a narrow rail of chapter numbers, the titles in tooltips (a small window needs the width). */
    public BooleanProperty compactProperty() {
        return compact;
    }

    public ListView<Chapter> list() {
        return list;
    }

    private final class Cell extends ListCell<Chapter> {
        private final Label number = new Label();
        private final Label title = new Label();
        private final Label mark = new Label("✓");
        private final Label editMark = new Label("\u270E");
        private final HBox box;

        Cell() {
            getStyleClass().add("chapter-cell");
            number.getStyleClass().add("chapter-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            title.getStyleClass().add("chapter-title");
            title.setWrapText(true);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            mark.getStyleClass().add("chapter-run-mark");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            editMark.getStyleClass().add("chapter-edit-mark");
            editMark.setMinWidth(Region.USE_PREF_SIZE);
            box = new HBox(number, title, editMark, mark);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("chapter-row");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Chapter chapter, boolean empty) {
            super.updateItem(chapter, empty);
            if (empty || chapter == null) {
                // An emptied cell must not keep a chapter's ids, or a lookup finds its hidden copy.
                setId(null);
                editMark.setId(null);
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            number.setText(Integer.toString(getIndex() + 1));
            title.setText(chapter.title(text.lang()));
            boolean run = chaptersRun.contains(chapter.id());
            mark.setVisible(run);
            title.setVisible(!compact.get());
            title.setManaged(!compact.get());
            boolean edited = chaptersEdited.contains(chapter.id());
            editMark.setVisible(edited);
            editMark.setManaged(edited);
            editMark.setId("edit-mark-" + chapter.id());
            List<String> tips = new ArrayList<>();
            if (compact.get()) {
                tips.add(chapter.title(text.lang()));
            }
            if (run) {
                tips.add(text.get("nav.runMark"));
            }
            if (edited) {
                tips.add(text.get("nav.editMark"));
            }
            setTooltip(tips.isEmpty() ? null : new Tooltip(String.join("\n", tips)));
            setId("chapter-" + chapter.id());
            setGraphic(box);
            setText(null);
        }
    }
}
