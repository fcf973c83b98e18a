package org.proclab.ui.lesson;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.proclab.ui.code.RegexHighlighting;
import org.proclab.ui.theme.UiFonts;

/**
 * Lesson Markdown as JavaFX nodes (no WebView): headings, paragraphs, emphasis, lists, inline code, code
 * blocks (Java-coloured), block quotes and GFM tables. Every node carries an {@code md-*} style class.
 */
public final class MarkdownView extends VBox {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    public MarkdownView() {
        getStyleClass().add("markdown");
    }

    /**
     * Shows {@code markdown}. A leading level-1 heading is dropped when {@code dropTitle} is set: the page
     * header already shows the chapter title.
     */
    public void setMarkdown(String markdown, boolean dropTitle) {
        org.commonmark.node.Node doc = PARSER.parse(CjkEmphasis.prepare(markdown == null ? "" : markdown));
        List<Node> blocks = new ArrayList<>();
        org.commonmark.node.Node first = doc.getFirstChild();
        for (org.commonmark.node.Node n = first; n != null; n = n.getNext()) {
            if (dropTitle && n == first && n instanceof Heading && ((Heading) n).getLevel() == 1) {
                continue;
            }
            Node block = block(n);
            if (block != null) {
                blocks.add(block);
            }
        }
        getChildren().setAll(blocks);
    }

    private Node block(org.commonmark.node.Node n) {
        if (n instanceof Heading) {
            TextFlow flow = inlines(n, "md-h" + Math.min(((Heading) n).getLevel(), 4));
            flow.getStyleClass().add("md-heading");
            return flow;
        }
        if (n instanceof Paragraph) {
            return inlines(n, "md-p");
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            return list(n);
        }
        if (n instanceof FencedCodeBlock) {
            return codeBlock(((FencedCodeBlock) n).getLiteral());
        }
        if (n instanceof IndentedCodeBlock) {
            return codeBlock(((IndentedCodeBlock) n).getLiteral());
        }
        if (n instanceof BlockQuote) {
            VBox quote = new VBox();
            quote.getStyleClass().add("md-quote");
            for (org.commonmark.node.Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                Node b = block(c);
                if (b != null) {
                    quote.getChildren().add(b);
                }
            }
            return quote;
        }
        if (n instanceof TableBlock) {
            return table((TableBlock) n);
        }
        if (n instanceof ThematicBreak) {
            Separator s = new Separator();
            s.getStyleClass().add("md-rule");
            return s;
        }
        if (n instanceof HtmlBlock) {
            return null;
        }
        return inlines(n, "md-p");
    }

    private Node list(org.commonmark.node.Node listNode) {
        VBox box = new VBox();
        box.getStyleClass().add("md-list");
        int number = listNode instanceof OrderedList ? startOf((OrderedList) listNode) : -1;
        for (org.commonmark.node.Node item = listNode.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label marker = new Label(number >= 0 ? (number++) + "." : "•");
            marker.getStyleClass().add("md-list-marker");
            marker.setMinWidth(22);
            VBox content = new VBox();
            content.getStyleClass().add("md-list-content");
            for (org.commonmark.node.Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                Node b = block(c);
                if (b != null) {
                    content.getChildren().add(b);
                }
            }
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(marker, content);
            row.getStyleClass().add("md-list-item");
            box.getChildren().add(row);
        }
        return box;
    }

    private static int startOf(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        return start == null ? 1 : start;
    }

    private Node codeBlock(String literal) {
        String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("md-code-block");
        int last = 0;
        for (RegexHighlighting.Span s : JavaHighlighter.spans(code)) {
            flow.getChildren().add(codeText(code.substring(last, s.start()), null));
            flow.getChildren().add(codeText(code.substring(s.start(), s.end()), s.styleClass()));
            last = s.end();
        }
        flow.getChildren().add(codeText(code.substring(last), null));
        return flow;
    }

    private static Text codeText(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add("md-code-text");
        if (styleClass != null) {
            t.getStyleClass().add(styleClass);
        }
        t.setStyle(UiFonts.monoStyle());
        return t;
    }

    private Node table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        int row = 0;
        int columns = 0;
        for (org.commonmark.node.Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (org.commonmark.node.Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                int col = 0;
                for (org.commonmark.node.Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    TableCell cell = (TableCell) c;
                    TextFlow flow = inlines(cell, cell.isHeader() ? "md-th" : "md-td");
                    // Wrap between words, never inside one: a column is at least as wide as its widest word.
                    flow.setMinWidth(widestPiece(flow) + CELL_PADDING);
                    flow.getStyleClass().add(row % 2 == 0 ? "md-row-even" : "md-row-odd");
                    flow.setMaxWidth(Double.MAX_VALUE);
                    if (cell.getAlignment() == TableCell.Alignment.RIGHT) {
                        GridPane.setHalignment(flow, HPos.RIGHT);
                        flow.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
                    } else if (cell.getAlignment() == TableCell.Alignment.CENTER) {
                        flow.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
                    }
                    grid.add(flow, col++, row);
                }
                columns = Math.max(columns, col);
                row++;
            }
        }
        for (int i = 0; i < columns; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.SOMETIMES);
            cc.setFillWidth(true);
            grid.getColumnConstraints().add(cc);
        }
        // A table wider than the page scrolls sideways on its own instead of widening the whole page.
        ScrollPane scroll = new ScrollPane(grid);
        scroll.getStyleClass().add("md-table-scroll");
        scroll.setFitToWidth(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setMinWidth(0);
        scroll.minViewportHeightProperty().bind(grid.heightProperty());
        return scroll;
    }

    /** Horizontal padding of a table cell (base.css: .md-th, .md-td) plus a little slack. */
    private static final double CELL_PADDING = 24;

    private static double widestPiece(TextFlow flow) {
        double widest = 0;
        Font sans = Font.font(UiFonts.sans(), FontWeight.BOLD, 12.5);
        Font mono = Font.font(UiFonts.mono(), 12.5);
        for (Node n : flow.getChildren()) {
            if (n instanceof Label) {
                widest = Math.max(widest, measure(((Label) n).getText(), mono) + 10);
            } else if (n instanceof Text) {
                boolean code = n.getStyleClass().contains("md-code-inline");
                Font font = code ? mono : sans;
                String s = ((Text) n).getText();
                if (code) {
                    // Code breaks only at its spaces: "threading.Thread" must not become "threading.Threa/d".
                    for (String token : s.trim().split(" +")) {
                        widest = Math.max(widest, measure(token, font));
                    }
                    continue;
                }
                // Line-break opportunities as the text layout sees them: between words, and between any two
                // Chinese characters (Chinese has no spaces).
                BreakIterator breaks = BreakIterator.getLineInstance();
                breaks.setText(s);
                int start = breaks.first();
                for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                    widest = Math.max(widest, measure(s.substring(start, end).trim(), font));
                }
            }
        }
        return Math.ceil(widest);
    }

    private static double measure(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** A flow of the inline children of {@code n}; it wraps at the available width. */
    private TextFlow inlines(org.commonmark.node.Node n, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        List<String> styles = new ArrayList<>();
        if (styleClass.equals("md-th") || styleClass.equals("md-td")) {
            styles.add(IN_TABLE);
        }
        addInlines(flow, n, styles);
        if (!styles.isEmpty()) {
            keepSpacesAroundCode(flow);
        }
        return flow;
    }

    /**
     * JavaFX gives a space at the very end of a bold CJK-font run no width ("Python multiprocessing" in a
     * table header came out as "Pythonmultiprocessing"). A space at a seam with a code run is moved into
     * the code run, whose monospaced font always shows it.
     */
    private static void keepSpacesAroundCode(TextFlow flow) {
        List<Node> kids = flow.getChildren();
        for (int i = 0; i < kids.size(); i++) {
            if (!(kids.get(i) instanceof Text) || isCode(kids.get(i))) {
                continue;
            }
            Text t = (Text) kids.get(i);
            String s = t.getText();
            if (i + 1 < kids.size() && isCode(kids.get(i + 1)) && s.endsWith(" ")) {
                Text code = (Text) kids.get(i + 1);
                code.setText(" " + code.getText());
                s = s.substring(0, s.length() - 1);
            }
            if (i > 0 && isCode(kids.get(i - 1)) && s.startsWith(" ")) {
                Text code = (Text) kids.get(i - 1);
                code.setText(code.getText() + " ");
                s = s.substring(1);
            }
            t.setText(s);
        }
    }

    private static boolean isLongWithSpaces(String code) {
        return code.length() > 32 && code.indexOf(' ') > 0;
    }

    private static boolean isCode(Node n) {
        return n instanceof Text && n.getStyleClass().contains("md-code-inline");
    }

    /** Marks inlines inside a table cell (not a style class: removed before use). */
    private static final String IN_TABLE = "in-table";

    private void addInlines(TextFlow flow, org.commonmark.node.Node parent, List<String> styles) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text) {
                flow.getChildren().add(text(((org.commonmark.node.Text) n).getLiteral(), styles));
            } else if (n instanceof Code && (styles.contains(IN_TABLE) || isLongWithSpaces(((Code) n).getLiteral()))) {
                // In a table cell, or when long, code is text: it wraps at its spaces like the words around it
                // instead of running past a narrow column.
                Text code = new Text(((Code) n).getLiteral());
                code.getStyleClass().addAll("md-text", "md-code-inline");
                code.setStyle(UiFonts.monoStyle());
                flow.getChildren().add(code);
            } else if (n instanceof Code) {
                Label chip = new Label(((Code) n).getLiteral());
                chip.getStyleClass().add("md-code");
                chip.setStyle(UiFonts.monoStyle());
                chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                flow.getChildren().add(chip);
            } else if (n instanceof Emphasis) {
                addInlines(flow, n, with(styles, "md-em"));
            } else if (n instanceof StrongEmphasis) {
                addInlines(flow, n, with(styles, "md-strong"));
            } else if (n instanceof Link) {
                addInlines(flow, n, with(styles, "md-link"));
            } else if (n instanceof Image) {
                addInlines(flow, n, with(styles, "md-em"));
            } else if (n instanceof SoftLineBreak) {
                flow.getChildren().add(text(" ", styles));
            } else if (n instanceof HardLineBreak) {
                flow.getChildren().add(text("\n", styles));
            } else if (n instanceof HtmlInline) {
                continue;
            } else if (n.getFirstChild() != null) {
                addInlines(flow, n, styles);
            }
        }
    }

    private static List<String> with(List<String> styles, String extra) {
        List<String> more = new ArrayList<>(styles);
        more.add(extra);
        return more;
    }

    private static Text text(String s, List<String> styles) {
        Text t = new Text(CjkEmphasis.strip(s));
        t.getStyleClass().add("md-text");
        for (String style : styles) {
            if (!style.equals(IN_TABLE)) {
                t.getStyleClass().add(style);
            }
        }
        return t;
    }
}
