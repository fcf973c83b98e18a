package org.proclab.ui.lab;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.proclab.ui.text.UiText;
import org.proclab.ui.theme.UiFonts;
import org.proclab.viz.lanes.QueueModel;
import org.proclab.viz.value.SubjectNames;

/**
 * Under the lanes, for a run that uses queues: each queue (by the example's name for it) with the items that
 * wait in it, front first. Items put by a worker appear here until the main process gets them.
 */
final class QueueStrip extends VBox {
    /** More chips than this say "+N" instead: a queue of thousands must not build thousands of nodes. */
    private static final int SHOWN_ITEMS = 24;
    private final UiText text;
    private final SubjectNames names;

    QueueStrip(UiText text, SubjectNames names) {
        this.text = text;
        this.names = names;
        setId("queue-strip");
        getStyleClass().add("queue-strip");
        setVisible(false);
        setManaged(false);
    }

    void show(QueueModel queues) {
        List<String> all = queues.queues();
        setVisible(!all.isEmpty());
        setManaged(!all.isEmpty());
        getChildren().clear();
        for (String q : all) {
            List<String> items = queues.waiting(q);
            Label caption = new Label(text.format("lanes.queue", names.label(q), items.size()));
            caption.getStyleClass().add("section-caption");
            caption.setId("queue-" + q);
            FlowPane chips = new FlowPane(caption);
            chips.getStyleClass().add("pool-results");
            chips.setAlignment(Pos.CENTER_LEFT);
            for (int i = 0; i < Math.min(SHOWN_ITEMS, items.size()); i++) {
                Label chip = new Label(items.get(i));
                chip.getStyleClass().addAll("result-chip", "queue-item");
                chip.setStyle(UiFonts.monoStyle());
                chips.getChildren().add(chip);
            }
            if (items.size() > SHOWN_ITEMS) {
                chips.getChildren().add(new Label("+" + (items.size() - SHOWN_ITEMS)));
            }
            getChildren().add(chips);
        }
    }
}
