package org.proclab.ui.lab;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.proclab.ui.run.RunData;
import org.proclab.ui.text.UiText;
import org.proclab.ui.theme.UiFonts;
import org.proclab.viz.pool.PoolTaskSpan;
import org.proclab.viz.pool.PoolTasksModel;
import org.proclab.viz.pool.PoolTaskChart;

/** Pool tasks: who ran which task when, and the results in task order (what {@code map} returns). */
public final class PoolTasksView implements LabView {
    private final UiText text;
    private final LabCard card;
    private final PoolTaskChart chart = new PoolTaskChart();
    private final FlowPane results = new FlowPane();
    private final Label summary = new Label();
    private RunData data;
    private int shownVersion = -1;

    public PoolTasksView(UiText text) {
        this.text = text;
        card = new LabCard("pool-view", text.bind("lab.pool"));
        summary.getStyleClass().add("card-note");
        card.tools().getChildren().add(summary);
        chart.setId("pool-task-chart");
        chart.setColorIndex(w -> data == null ? 0 : data.lanes().indexOf(w));
        chart.setMinHeight(80);
        results.setId("pool-results");
        results.getStyleClass().add("pool-results");
        Label caption = new Label();
        caption.textProperty().bind(text.bind("lab.pool.results"));
        caption.getStyleClass().add("section-caption");
        caption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ScrollPane resultScroll = new ScrollPane(results);
        resultScroll.setFitToWidth(true);
        resultScroll.getStyleClass().add("results-scroll");
        resultScroll.setPrefViewportHeight(56);
        HBox resultRow = new HBox(caption, resultScroll);
        resultRow.getStyleClass().add("results-row");
        HBox.setHgrow(resultScroll, Priority.ALWAYS);
        VBox body = new VBox(chart, resultRow);
        body.getStyleClass().add("pool-body");
        VBox.setVgrow(chart, Priority.ALWAYS);
        card.setBody(body);
        text.langProperty().addListener((obs, a, b) -> {
            if (data != null) {
                update();
            }
        });
    }

    @Override
    public Node node() {
        return card;
    }

    @Override
    public void refresh(RunData runData) {
        if (runData == data && runData.pool().version() == shownVersion) {
            return;
        }
        data = runData;
        shownVersion = runData.pool().version();
        chart.show(runData.pool(), runData.firstNanos());
        update();
    }

    private void update() {
        List<PoolTaskSpan> done = data.pool().resultsInOrder();
        results.getChildren().clear();
        for (PoolTasksModel.Result r : data.pool().valuesInOrder()) {
            PoolTaskSpan t = r.task();
            boolean ok = Boolean.TRUE.equals(t.ok());
            Label chip = new Label(ok ? String.valueOf(r.value()) : "\u2715");
            chip.getStyleClass().add("result-chip");
            chip.setStyle(UiFonts.monoStyle());
            if (!ok) {
                chip.getStyleClass().add("failed");
            }
            Tooltip.install(chip, new Tooltip(text.format("lab.pool.chip", t.index(), t.worker(),
                    ok ? String.valueOf(r.value()) : t.error())));
            results.getChildren().add(chip);
        }
        int total = data.pool().tasks().size();
        summary.setText(total == 0 ? "" : text.format("lab.pool.summary", total, done.size(),
                data.pool().workers().size()));
    }

    @Override
    public double weight() {
        return 1.5;
    }
}
