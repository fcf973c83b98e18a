package org.proclab.ui.lesson;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.proclab.ui.session.CodeEdits;
import org.proclab.ui.text.UiText;

/**
 * Open… and Save… of a .java file in the code pane's header, shown on the scratch page only: a chapter's
 * example must keep its class to run as the chapter, so a file opened there could not run. The chooser is
 * the view's; reading, writing and every failure are {@link CodeEdits#open} and {@link CodeEdits#saveTo}.
 */
final class CodeFileButtons extends HBox {
    private final UiText text;
    private final CodeEdits edits;
    /** The folder of the last file opened or saved, where the next chooser starts. */
    private Path folder;

    CodeFileButtons(UiText text, CodeEdits edits) {
        super(4);
        this.text = text;
        this.edits = edits;
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("code-file-buttons");
        Button open = button("open-code", "editor.open");
        // Without a compiler the editor is read-only: an opened file could neither be edited nor run.
        open.setDisable(!edits.canCompile());
        open.setOnAction(e -> {
            File file = chooser(false).showOpenDialog(getScene().getWindow());
            if (file != null) {
                openFile(file.toPath());
            }
        });
        Button save = button("save-code", "editor.save");
        save.setOnAction(e -> {
            File file = chooser(true).showSaveDialog(getScene().getWindow());
            if (file != null) {
                saveFile(file.toPath());
            }
        });
        getChildren().addAll(open, save);
    }

    private Button button(String id, String key) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("link-button");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.textProperty().bind(text.bind(key));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.bind(key + ".tip"));
        b.setTooltip(tip);
        return b;
    }

    /** What Open… does once a file is chosen. */
    void openFile(Path file) {
        remember(file);
        edits.open(file);
    }

    /** What Save… does once a file is chosen. */
    void saveFile(Path file) {
        remember(file);
        edits.saveTo(file);
    }

    private FileChooser chooser(boolean saving) {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("editor.fileFilter"), "*.java"));
        if (folder != null && Files.isDirectory(folder)) {
            c.setInitialDirectory(folder.toFile());
        }
        if (saving && edits.shown() != null) {
            c.setInitialFileName(edits.fileName(edits.shown()));
        }
        return c;
    }

    private void remember(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            folder = parent;
        }
    }
}
