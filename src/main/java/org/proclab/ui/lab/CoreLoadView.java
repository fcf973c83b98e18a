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
import org.proclab.viz.lanes.WorkerLane;
import org.proclab.viz.lanes.WorkerState;

/** Per-core load over the last minute, with a legend that also gives each core's current load. */
public final class CoreLoadView implements LabView {
    private final LabCard card;
    private final CoreLoadChart chart;
    private final FlowPane legend = new FlowPane();
    private final UiText text;
    /** Per core, the processes of the run that last ran there: "which core" at a glance. */
    private List<List<String>> onCore = List.of();
    private RunData data;
    /** Each recent run's worker band, by run; the chart keeps a minute, so a few runs are enough. */
    private final java.util.Map<RunData, long[]> bands = new java.util.LinkedHashMap<>();

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
        List<List<String>> placed = placement(data, loads.length);
        onCore = placed;
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
            HBox entry = (HBox) legend.getChildren().get(i);
            entry.setId("core-entry-" + i);
            Label label = (Label) entry.getChildren().get(1);
            label.setText(text.format("lab.cores.entry", i, Math.round(loads[i] * 100)));
            List<String> here = placed.get(i);
            entry.getChildren().remove(2, entry.getChildren().size());
            for (String worker : here) {
                Label chip = new Label(worker);
                chip.setId("core-" + i + "-" + worker);
                int colour = data == null ? 0 : Math.max(0, data.lanes().indexOf(worker));
                chip.getStyleClass().addAll("core-worker", "series-" + (colour % 8));
                entry.getChildren().add(chip);
            }
        }
    }

    /** Which processes of the run last ran on each core (live ones whose CPU is known), by core number. */
    static List<List<String>> placement(RunData data, int cores) {
        List<List<String>> placed = new java.util.ArrayList<>();
        for (int i = 0; i < cores; i++) {
            placed.add(new java.util.ArrayList<>());
        }
        if (data == null) {
            return placed;
        }
        for (WorkerLane lane : data.lanes().lanes()) {
            int cpu = lane.lastCpu();
            if (lane.state() != WorkerState.EXITED && cpu >= 0 && cpu < cores) {
                placed.get(cpu).add(lane.name());
            }
        }
        return placed;
    }

    @Override
    public Node node() {
        return card;
    }

    @Override
    public void refresh(RunData runData) {
        // The chart follows the sampler on its own clock; the run only says which process is on which core.
        data = runData;
        updateBand(runData);
        List<LoadHistory.Sample> samples = chart.history().snapshot();
        if (!samples.isEmpty() && !placement(runData, samples.get(samples.size() - 1).loads().length)
                .equals(onCore)) {
            updateLegend();
        }
    }

    /** From the first worker's start to the last one's exit, moved from nanoTime to the sampler's wall clock. */
    private void updateBand(RunData run) {
        if (run == null) {
            return;
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        boolean alive = false;
        for (WorkerLane lane : run.lanes().lanes()) {
            if ("main".equals(lane.name()) || lane.startedNanos() < 0) {
                continue;
            }
            first = Math.min(first, lane.startedNanos());
            alive |= lane.exitedNanos() < 0 && lane.state() != WorkerState.EXITED;
            last = Math.max(last, lane.exitedNanos());
        }
        if (first == Long.MAX_VALUE) {
            return;
        }
        if (run.exited() != null && (alive || last < 0)) {
            // Stopped: workers that were killed never reported their exit; they went with the run.
            alive = false;
            last = Math.max(last, run.lastNanos());
        }
        long nowNanos = System.nanoTime();
        long nowMillis = System.currentTimeMillis();
        long[] band = {nowMillis - (nowNanos - first) / 1_000_000,
                alive || last < 0 ? -1 : nowMillis - (nowNanos - last) / 1_000_000};
        long[] shown = bands.get(run);
        // Converted again on every refresh, the start would jitter by a millisecond: keep it once known.
        if (shown != null) {
            band[0] = shown[0];
            if (shown[1] >= 0) {
                band[1] = shown[1];
            }
        }
        if (shown != null && shown[1] == band[1]) {
            return;
        }
        bands.put(run, band);
        while (bands.size() > 8) {
            bands.remove(bands.keySet().iterator().next());
        }
        chart.setWorkerBands(new java.util.ArrayList<>(bands.values()), text.get("cores.workers"));
    }

    @Override
    public double weight() {
        return 0.75;
    }
}
