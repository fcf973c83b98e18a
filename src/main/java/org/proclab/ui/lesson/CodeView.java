package org.proclab.ui.lesson;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.proclab.compile.CompileProblem;
import org.proclab.ui.text.UiText;
import org.proclab.ui.theme.UiFonts;

/**
 * The code editor (RichTextFX): Java colouring (computed off the FX thread for large texts), line numbers
 * with error marks, undo/redo, Ctrl+F find, auto-indent, bracket matching, compile errors underlined with
 * their message on hover, the line an exception named and a stepped worker's line marked.
 * Styles live in {@code assets/css/code-editor.css}.
 */
public final class CodeView extends BorderPane {
    /** Larger texts are coloured on a background thread so a long file never stalls the window. */
    static final int BACKGROUND_THRESHOLD = 20_000;
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final CodeArea area = new CodeArea();
    private final FindBar findBar;
    private final Popup hover = new Popup();
    private final Label hoverText = new Label();
    private StyleSpans<Collection<String>> colours;
    private List<CompileProblem> problems = List.of();
    private int[] bracket;
    private int generation;
    private boolean loading;
    private int highlighted = -1;
    private int exceptionLine = -1;
    private Consumer<String> onEdit = s -> { };

    public CodeView() {
        this(null);
    }

    public CodeView(UiText text) {
        getStyleClass().addAll("code-view", "code-editor");
        getStylesheets().add(CodeView.class.getResource("/assets/css/code-editor.css").toExternalForm());
        area.setId("code-area");
        area.setWrapText(false);
        area.setParagraphGraphicFactory(new CodeGutter(area, List.of()));
        area.setStyle(UiFonts.monoStyle());
        findBar = new FindBar(area, text == null ? new UiText() : text);
        setTop(findBar);
        setCenter(new VirtualizedScrollPane<>(area));
        area.textProperty().addListener((obs, a, b) -> textChanged(b));
        area.caretPositionProperty().addListener((obs, a, b) -> caretMoved());
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        hoverText.getStyleClass().add("code-hover");
        // A popup has a scene of its own, without the theme: it carries the editor's stylesheet itself.
        hoverText.getStylesheets().addAll(getStylesheets());
        hover.getContent().add(hoverText);
        area.setMouseOverTextDelay(Duration.ofMillis(300));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showHover(e.getCharacterIndex(),
                e.getScreenPosition().getX(), e.getScreenPosition().getY()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
    }

    /** Called with the whole text after every edit by the learner (not after {@link #setSource}). */
    public void setOnEdit(Consumer<String> action) {
        onEdit = action;
    }

    /** Shows a new text: no undo history, no marks, caret at the top. */
    public void setSource(String source) {
        String text = source == null ? "" : source.replace("\r\n", "\n").replace("\t", "    ");
        loading = true;
        try {
            highlighted = -1;
            exceptionLine = -1;
            problems = List.of();
            bracket = null;
            area.replaceText(text);
            area.setParagraphGraphicFactory(new CodeGutter(area, problems));
            area.getUndoManager().forgetHistory();
            area.moveTo(0);
            area.requestFollowCaret();
        } finally {
            loading = false;
        }
    }

    /**
     * Replaces the whole text as a learner's edit does: undoable, reported to {@link #setOnEdit}, the caret and
     * the view at the first line that changed.
     */
    public void typeAll(String source) {
        String before = area.getText();
        String after = source.replace("\r\n", "\n").replace("\t", "    ");
        int same = 0;
        while (same < before.length() && same < after.length() && before.charAt(same) == after.charAt(same)) {
            same++;
        }
        area.replaceText(0, area.getLength(), after);
        area.moveTo(Math.min(same, area.getLength()));
        int top = Math.max(0, area.getCurrentParagraph() - 3);
        area.showParagraphAtTop(top);
        // The first layout of the new text may not have happened yet; do it again once it has.
        Platform.runLater(() -> area.showParagraphAtTop(top));
    }

    private void textChanged(String text) {
        recolour(text);
        if (!loading) {
            onEdit.accept(text);
        }
    }

    private void recolour(String text) {
        int gen = ++generation;
        if (text.length() < BACKGROUND_THRESHOLD) {
            colours = JavaHighlighter.styleSpans(text);
            restyle();
        } else {
            CompletableFuture.supplyAsync(() -> JavaHighlighter.styleSpans(text)).thenAccept(spans ->
                    Platform.runLater(() -> {
                        if (gen == generation) {
                            colours = spans;
                            restyle();
                        }
                    }));
        }
    }

    private void restyle() {
        int length = area.getLength();
        if (colours == null || colours.length() != length) {
            return;
        }
        int a = bracket == null ? -1 : bracket[0];
        int b = bracket == null ? -1 : bracket[1];
        area.setStyleSpans(0, CodeStyler.combine(colours, length, problems, a, b));
    }

    private void caretMoved() {
        if (area.getLength() >= BACKGROUND_THRESHOLD) {
            return;
        }
        int[] pair = Brackets.pairAt(area.getText(), area.getCaretPosition());
        if (!java.util.Arrays.equals(pair, bracket)) {
            bracket = pair;
            restyle();
        }
    }

    private void keyPressed(KeyEvent e) {
        if (FIND.match(e)) {
            findBar.open();
            e.consume();
        } else if (!area.isEditable()) {
            return;
        } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
            String line = area.getParagraph(area.getCurrentParagraph()).getText()
                    .substring(0, area.getCaretColumn());
            area.replaceSelection("\n" + Brackets.indentAfter(line));
            area.requestFollowCaret();
            e.consume();
        } else if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
            area.replaceSelection("    ");
            e.consume();
        }
    }

    /** Underlines each error, marks its line in the gutter and keeps its message for hovering. */
    public void showProblems(List<CompileProblem> newProblems) {
        problems = List.copyOf(newProblems);
        area.setParagraphGraphicFactory(new CodeGutter(area, problems));
        restyle();
    }

    /** Scrolls the first error's line into the middle of the view. */
    public void revealFirstProblem() {
        if (!problems.isEmpty() && problems.get(0).line() > 0) {
            int paragraph = (int) Math.min(problems.get(0).line(), area.getParagraphs().size()) - 1;
            area.showParagraphAtCenter(paragraph);
        }
    }

    /** Shows the first error's message beside its place, as hovering there does; false if none is in view. */
    public boolean showFirstProblemMessage() {
        if (problems.isEmpty() || problems.get(0).line() <= 0) {
            return false;
        }
        CompileProblem p = problems.get(0);
        int paragraph = (int) Math.min(p.line(), area.getParagraphs().size()) - 1;
        // javac puts "';' expected" just past the last character, on the line break, which has no bounds.
        int from = (int) Math.max(0, Math.min(p.start(), area.getLength()) - 1);
        Optional<Bounds> at = p.start() >= 0 ? area.getCharacterBoundsOnScreen(from, from + 1) : Optional.empty();
        if (at.isEmpty()) {
            at = area.getParagraphBoundsOnScreen(paragraph);
        }
        if (at.isEmpty()) {
            return false;
        }
        hoverText.setText(p.message());
        // Beside the place, on its own line, so the message reads as that line's.
        hover.show(area, at.get().getMaxX() + 12, at.get().getMinY() - 4);
        return true;
    }

    public List<CompileProblem> problems() {
        return problems;
    }

    private void showHover(int index, double x, double y) {
        for (CompileProblem p : problems) {
            int line = area.offsetToPosition(index, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                    .getMajor() + 1;
            if ((index >= p.start() && index < Math.max(p.end(), p.start() + 1)) || line == p.line()) {
                hoverText.setText(p.message());
                hover.show(area, x + 8, y + 8);
                return;
            }
        }
    }

    /** Scrolls so that the declaration of method {@code name} is near the top; false if there is none. */
    public boolean scrollToMethod(String name) {
        if (name == null) {
            return false;
        }
        Matcher m = Pattern.compile("^[ \\t]*(?:[\\w<>\\[\\],.?]+[ \\t]+)+" + Pattern.quote(name) + "[ \\t]*\\(",
                Pattern.MULTILINE).matcher(area.getText());
        if (!m.find()) {
            return false;
        }
        int paragraph = area.offsetToPosition(m.start(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                .getMajor();
        int top = Math.max(0, paragraph - 2);
        area.moveTo(paragraph, 0);
        area.showParagraphAtTop(top);
        // The first layout of a fresh text may not have happened yet; do it again once it has.
        Platform.runLater(() -> area.showParagraphAtTop(top));
        return true;
    }

    /** Scrolls to the first line containing {@code marker} (e.g. an exercise's TODO); false if none does. */
    public boolean scrollToText(String marker) {
        int at = area.getText().indexOf(marker);
        if (at < 0) {
            return false;
        }
        int paragraph = area.offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        int top = Math.max(0, paragraph - 3);
        area.moveTo(paragraph, 0);
        area.showParagraphAtTop(top);
        Platform.runLater(() -> area.showParagraphAtTop(top));
        return true;
    }

    /** Whether the learner may type (false on a Java without a compiler: edits could never run). */
    public void setEditable(boolean editable) {
        area.setEditable(editable);
    }

    /**
     * Marks line {@code line} (1-based) as the one a stepped worker is about to run and scrolls it into the
     * middle of the view; 0 or less clears the mark.
     */
    public void highlightLine(int line) {
        if (line == highlighted) {
            return;
        }
        int old = highlighted;
        highlighted = line > 0 && line <= area.getParagraphs().size() ? line : -1;
        repaintMark(old);
        if (highlighted > 0) {
            repaintMark(highlighted);
            area.showParagraphAtCenter(highlighted - 1);
        }
    }

    /** Marks the learner's line an exception came from (1-based); 0 or less clears it. */
    public void markException(int line) {
        int old = exceptionLine;
        exceptionLine = line > 0 && line <= area.getParagraphs().size() ? line : -1;
        repaintMark(old);
        if (exceptionLine > 0) {
            repaintMark(exceptionLine);
            area.showParagraphAtCenter(exceptionLine - 1);
        }
    }

    private void repaintMark(int line) {
        if (line <= 0 || line > area.getParagraphs().size()) {
            return;
        }
        List<String> style = line == highlighted ? List.of("step-line")
                : line == exceptionLine ? List.of("exception-line") : List.of();
        area.setParagraphStyle(line - 1, style);
    }

    /** The height of one line of code as laid out (an estimate before the first layout). */
    public double lineHeight() {
        Double total = area.totalHeightEstimateProperty().getValue();
        int paragraphs = area.getParagraphs().size();
        return total != null && total > 0 && paragraphs > 0 ? total / paragraphs : 17.5;
    }

    /** The marked line (1-based), or -1. */
    public int highlightedLine() {
        return highlighted;
    }

    public int exceptionLine() {
        return exceptionLine;
    }

    public String getSource() {
        return area.getText();
    }

    public CodeArea area() {
        return area;
    }

    FindBar findBar() {
        return findBar;
    }
}
