package org.proclab.ui.lesson;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.proclab.ui.theme.UiFonts;

/** The chapter's example source: read-only, line numbers, Java colouring (colours in CSS). */
public final class CodeView extends StackPane {
    /** Larger texts are coloured on a background thread so a long file never stalls the window. */
    static final int BACKGROUND_THRESHOLD = 20_000;

    private final CodeArea area = new CodeArea();
    private int generation;
    private int highlighted = -1;

    public CodeView() {
        getStyleClass().add("code-view");
        area.setId("code-area");
        area.setEditable(false);
        area.setWrapText(false);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setStyle(UiFonts.monoStyle());
        getChildren().add(new VirtualizedScrollPane<>(area));
    }

    public void setSource(String source) {
        String text = source == null ? "" : source.replace("\r\n", "\n").replace("\t", "    ");
        int gen = ++generation;
        highlighted = -1;
        area.replaceText(text);
        area.moveTo(0);
        area.requestFollowCaret();
        if (text.length() < BACKGROUND_THRESHOLD) {
            area.setStyleSpans(0, JavaHighlighter.styleSpans(text));
        } else {
            CompletableFuture.supplyAsync(() -> JavaHighlighter.styleSpans(text)).thenAccept(spans ->
                    Platform.runLater(() -> apply(gen, spans)));
        }
    }

    private void apply(int gen, StyleSpans<Collection<String>> spans) {
        if (gen == generation) {
            area.setStyleSpans(0, spans);
        }
    }

    /**
     * Marks line {@code line} (1-based) as the one a stepped worker is about to run and scrolls it into the
     * middle of the view; 0 or less clears the mark.
     */
    public void highlightLine(int line) {
        if (line == highlighted) {
            return;
        }
        int paragraphs = area.getParagraphs().size();
        if (highlighted > 0 && highlighted <= paragraphs) {
            area.setParagraphStyle(highlighted - 1, List.of());
        }
        highlighted = line > 0 && line <= paragraphs ? line : -1;
        if (highlighted > 0) {
            area.setParagraphStyle(highlighted - 1, List.of("step-line"));
            area.showParagraphAtCenter(highlighted - 1);
        }
    }

    /** The marked line (1-based), or -1. */
    public int highlightedLine() {
        return highlighted;
    }

    public String getSource() {
        return area.getText();
    }

    public CodeArea area() {
        return area;
    }
}
