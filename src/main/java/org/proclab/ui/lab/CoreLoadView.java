package org.proclab.ui.lab;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.proclab.ui.run.RunData;
import org.proclab.ui.text.UiText;
import org.proclab.viz.cores.CoreLoadChart;
import org.proclab.viz.cores.LoadHistory;

/** Per-core load over the last minute, with a legend that also gives each core's current load. */
public final class CoreLoadView implements LabView {
    private final LabCard card;
    private final CoreLoadChart chart;
    private final FlowPane legend = new FlowPane();
    private final UiText text;

    public CoreLoadView(UiText text, LoadHistory history) {
        this.text = text;
        card = new LabCard("cores-view", text.bind("lab.cores"));
        chart = new CoreLoadChart(history);
        chart.setId("core-load-chart");
        legend.getStyleClass().add("pl-legend");
        legend.setId("cores-legend");
        legend.setPrefWrapLength(420);
        card.tools().getChildren().add(legend);
        card.setBody(chart);
        chart.setOnNewSample(this::updateLegend);
        text.langProperty().addListener((obs, a, b) -> updateLegend());
        updateLegend();
    }

    private void updateLegend() {
        List<LoadHistory.Sample> samples = chart.history().snapshot();
        if (samples.isEmpty()) {
            if (legend.getChildren().isEmpty()) {
                Label waiting = new Label(text.get("lab.cores.measuring"));
                waiting.getStyleClass().add("muted");
                legend.getChildren().setAll(waiting);
            }
            return;
        }
        double[] loads = samples.get(samples.size() - 1).loads();
        if (legend.getChildren().size() != loads.length) {
            legend.getChildren().clear();
            for (int i = 0; i < loads.length; i++) {
                Region swatch = new Region();
                swatch.getStyleClass().addAll("legend-swatch", "series-" + (i % 8));
                Label label = new Label();
                label.getStyleClass().add("legend-label");
                HBox entry = new HBox(swatch, label);
                entry.getStyleClass().add("legend-entry");
                legend.getChildren().add(entry);
            }
        }
        for (int i = 0; i < loads.length; i++) {
            Label label = (Label) ((HBox) legend.getChildren().get(i)).getChildren().get(1);
            label.setText(text.format("lab.cores.entry", i, Math.round(loads[i] * 100)));
        }
    }

    @Override
    public Node node() {
        return card;
    }

    @Override
    public void refresh(RunData data) {
        // The chart follows the sampler on its own clock; a run changes nothing here.
    }

    @Override
    public double weight() {
        return 0.75;
    }
}
