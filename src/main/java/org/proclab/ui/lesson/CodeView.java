package org.proclab.ui.lesson;

import java.util.Collection;
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

    public String getSource() {
        return area.getText();
    }

    public CodeArea area() {
        return area;
    }
}
