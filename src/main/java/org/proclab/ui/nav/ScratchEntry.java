package org.proclab.ui.nav;

import javafx.beans.property.BooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.proclab.lesson.Chapter;
import org.proclab.ui.session.LabSession;
import org.proclab.ui.text.UiText;

/**
 * The navigator's entry for the scratch page, below the numbered chapters: a code icon where a chapter has
 * its number (it is not a chapter and has none), marked like a chapter when it is on screen or edited.
 */
final class ScratchEntry extends HBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    ScratchEntry(UiText text, LabSession session, Chapter scratch, BooleanProperty compact) {
        setId("nav-scratch");
        getStyleClass().addAll("scratch-entry", "chapter-row");
        setAlignment(Pos.CENTER_LEFT);
        Region icon = new Region();
        icon.getStyleClass().addAll("icon", "icon-code");
        StackPane badge = new StackPane(icon);
        badge.getStyleClass().addAll("chapter-number", "scratch-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label();
        title.getStyleClass().add("chapter-title");
        title.textProperty().bind(text.bind("nav.scratch"));
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        title.visibleProperty().bind(compact.not());
        title.managedProperty().bind(compact.not());
        HBox.setHgrow(title, Priority.ALWAYS);
        Label editMark = new Label("\u270E");
        editMark.setId("edit-mark-" + scratch.id());
        editMark.getStyleClass().add("chapter-edit-mark");
        editMark.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(badge, title, editMark);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.bind("nav.scratch.tip"));
        Tooltip.install(this, tip);
        setOnMouseClicked(e -> session.showScratch());
        setFocusTraversable(true);
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                session.showScratch();
            }
        });
        Runnable mark = () -> {
            boolean edited = session.edits().editedChapters().contains(scratch.id());
            editMark.setVisible(edited);
            editMark.setManaged(edited);
        };
        session.edits().editedChapters().addListener((javafx.collections.SetChangeListener<String>) c -> mark.run());
        mark.run();
        session.currentChapterProperty().addListener((obs, a, c) -> pseudoClassStateChanged(SELECTED, c == scratch));
        pseudoClassStateChanged(SELECTED, session.currentChapter() == scratch);
    }
}
