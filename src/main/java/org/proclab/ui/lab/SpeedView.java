package org.proclab.ui.lab;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.proclab.ui.params.ParamModel;
import org.proclab.ui.params.ParamSwitch;
import org.proclab.ui.run.RunData;
import org.proclab.ui.text.UiText;
import org.proclab.viz.speed.SpeedBarChart;
import org.proclab.viz.speed.SpeedModel;
import org.proclab.viz.speed.SweepChart;

/** Plain vs threads vs processes, the GIL switch bound to the chapter's {@code gil} parameter, and the sweep. */
public final class SpeedView implements LabView {
    private final UiText text;
    private final LabCard card;
    private final SpeedBarChart bars = new SpeedBarChart();
    private final SweepChart sweep = new SweepChart();
    private final VBox sweepBox;
    private final ParamSwitch gilSwitch;
    private final Label empty = new Label();
    private RunData data;
    private int shownVersion = -1;

    public SpeedView(UiText text, ParamModel params) {
        this.text = text;
        card = new LabCard("speed-view", text.bind("lab.speed"));
        gilSwitch = new ParamSwitch("gil", text.bind("lab.speed.gil"));
        gilSwitch.bind(params, "gil");
        // The run bar has no gil field (one control per parameter): the switch carries its help.
        params.spec("gil").ifPresent(spec -> {
            Tooltip tip = new Tooltip();
            tip.setWrapText(true);
            tip.setMaxWidth(320);
            Runnable say = () -> tip.setText(spec.help(text.lang()));
            say.run();
            text.langProperty().addListener((obs, a, b) -> say.run());
            Tooltip.install(gilSwitch, tip);
        });
        card.tools().getChildren().add(gilSwitch);
        bars.setId("speed-bars");
        bars.setMinHeight(90);
        sweep.setId("sweep-chart");
        sweep.setMinHeight(90);
        Label sweepTitle = new Label();
        sweepTitle.textProperty().bind(text.bind("lab.speed.sweep"));
        sweepTitle.getStyleClass().add("section-caption");
        HBox sweepLegend = new HBox(entry(1, "lab.speed.threads"), entry(0, "lab.speed.processes"));
        sweepLegend.getStyleClass().add("pl-legend");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox sweepHeader = new HBox(sweepTitle, spacer, sweepLegend);
        sweepHeader.getStyleClass().add("section-header");
        sweepBox = new VBox(sweepHeader, sweep);
        VBox.setVgrow(sweep, Priority.ALWAYS);
        empty.textProperty().bind(text.bind("lab.speed.empty"));
        empty.getStyleClass().add("empty-hint");
        empty.setId("speed-empty");
        empty.setWrapText(true);
        VBox body = new VBox(empty, bars, sweepBox);
        body.getStyleClass().add("speed-body");
        VBox.setVgrow(bars, Priority.SOMETIMES);
        VBox.setVgrow(sweepBox, Priority.ALWAYS);
        card.setBody(body);
        text.langProperty().addListener((obs, a, b) -> show());
    }

    private Node entry(int series, String key) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", "series-" + series);
        Label label = new Label();
        label.textProperty().bind(text.bind(key));
        label.getStyleClass().add("legend-label");
        HBox box = new HBox(swatch, label);
        box.getStyleClass().add("legend-entry");
        return box;
    }

    @Override
    public Node node() {
        return card;
    }

    @Override
    public void refresh(RunData runData) {
        if (runData == data && runData.speed().version() == shownVersion) {
            return;
        }
        data = runData;
        shownVersion = runData.speed().version();
        show();
    }

    private void show() {
        if (data == null) {
            return;
        }
        Map<SpeedModel.Way, String> names = new EnumMap<>(SpeedModel.Way.class);
        names.put(SpeedModel.Way.PLAIN, text.get("lab.speed.plain"));
        names.put(SpeedModel.Way.THREADS, text.get("lab.speed.threads"));
        names.put(SpeedModel.Way.PROCESSES, text.get("lab.speed.processes"));
        bars.show(data.speed(), names);
        sweep.show(data.speed());
        boolean hasBars = data.speed().millis(SpeedModel.Way.PLAIN).isPresent()
                || data.speed().millis(SpeedModel.Way.PROCESSES).isPresent();
        boolean hasSweep = !data.speed().sweep().isEmpty();
        // A sweep run reports no single timings: its chart takes the whole card.
        // Before the first timing the card says what will appear, instead of an empty chart.
        empty.setVisible(!hasBars && !hasSweep);
        empty.setManaged(!hasBars && !hasSweep);
        bars.setVisible(hasBars || !hasSweep);
        bars.setManaged(hasBars || !hasSweep);
        sweepBox.setVisible(hasSweep);
        sweepBox.setManaged(hasSweep);
    }

    @Override
    public double weight() {
        return 1.6;
    }
}
