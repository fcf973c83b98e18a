package org.proclab.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Walks what a learner sees of a scene: visible nodes only. Finds controls that reach outside the window (or,
 * inside a scroll pane or list, outside its width: up and down is scrolling, sideways is clipping) and labels
 * whose skin cut their text with an ellipsis; collects the strings shown.
 */
final class SceneWalk {
    private static final double SLACK = 1.0;

    private final List<String> problems = new ArrayList<>();
    private final List<String> strings = new ArrayList<>();
    private final List<String> where = new ArrayList<>();
    private final double width;
    private final double height;

    private SceneWalk(Scene scene) {
        width = scene.getWidth();
        height = scene.getHeight();
        walk(scene.getRoot(), 0, width, true);
    }

    static SceneWalk of(Scene scene) {
        return new SceneWalk(scene);
    }

    List<String> problems() {
        return problems;
    }

    /** Every text a label, button or text node shows (the rendered text, after any ellipsis). */
    List<String> strings() {
        return strings;
    }

    private void walk(Node n, double minX, double maxX, boolean vertical) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        boolean empty = b.getWidth() < 0.5 || b.getHeight() < 0.5;
        if (n instanceof Control && !empty) {
            boolean outX = b.getMinX() < minX - SLACK || b.getMaxX() > maxX + SLACK;
            boolean outY = vertical && (b.getMinY() < -SLACK || b.getMaxY() > height + SLACK);
            if (outX || outY) {
                problems.add(String.format("%s at x %.0f..%.0f y %.0f..%.0f outside x %.0f..%.0f%s",
                        describe(n), b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY(), minX, maxX,
                        vertical ? " y 0.." + (int) height : ""));
            }
        }
        if (n instanceof Labeled) {
            checkEllipsis((Labeled) n);
        }
        if (n instanceof Text && !empty && !(n.getParent() instanceof Labeled)) {
            add(((Text) n).getText(), n);
        }
        if (n instanceof GenericStyledArea) {
            // The code: its lines scroll sideways by design and it is data, not UI text.
            return;
        }
        if (n instanceof ScrollPane || n instanceof ListView) {
            Bounds own = n.localToScene(n.getLayoutBounds());
            minX = Math.max(minX, own.getMinX());
            maxX = Math.min(maxX, own.getMaxX());
            vertical = false;
        }
        if (n instanceof Parent) {
            for (Node child : ((Parent) n).getChildrenUnmodifiable()) {
                walk(child, minX, maxX, vertical);
            }
        }
    }

    private void checkEllipsis(Labeled l) {
        String text = l.getText();
        if (text == null || text.isEmpty()) {
            return;
        }
        String rendered = null;
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text && child.getClass().getSimpleName().equals("LabeledText")) {
                rendered = ((Text) child).getText();
            }
        }
        if (rendered == null) {
            return;
        }
        add(rendered, l);
        if (!rendered.equals(text) && rendered.contains(l.getEllipsisString())) {
            problems.add(describe(l) + " " + l.getStyleClass() + " cut to \"" + rendered + "\" (width "
                    + (int) l.getWidth() + ")");
        }
    }

    private void add(String s, Node n) {
        if (s != null && !s.isBlank()) {
            strings.add(s);
            where.add(describe(n) + " " + n.getStyleClass());
        }
    }

    /** Where each of {@link #strings()} is shown, in the same order. */
    List<String> where() {
        return where;
    }

    private static String describe(Node n) {
        String what = n.getClass().getSimpleName();
        if (n.getId() != null) {
            what += "#" + n.getId();
        }
        if (n instanceof Labeled && ((Labeled) n).getText() != null) {
            what += " \"" + ((Labeled) n).getText() + "\"";
        }
        Node p = n.getParent();
        for (int i = 0; i < 6 && p != null; i++, p = p.getParent()) {
            if (p.getId() != null) {
                return what + " in #" + p.getId();
            }
        }
        return what;
    }
}
