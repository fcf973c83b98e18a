package org.proclab.ui.params;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.proclab.lesson.Preset;
import org.proclab.ui.text.UiText;

/**
 * The lesson's "Try this" lines as chips (id {@code preset-N}, in lesson order): one click sets the preset's
 * parameters and runs. The chip whose settings are the ones on screen is {@code :chosen}.
 */
final class PresetChips extends FlowPane {
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private final UiText text;
    private final List<Runnable> unbinders = new ArrayList<>();
    private Consumer<Preset> onChoose = p -> { };

    PresetChips(UiText text) {
        this.text = text;
        setId("preset-chips");
        getStyleClass().add("preset-chips");
    }

    void setOnChoose(Consumer<Preset> action) {
        onChoose = action;
    }

    void show(ParamModel model, List<Preset> presets) {
        unbinders.forEach(Runnable::run);
        unbinders.clear();
        getChildren().clear();
        boolean shown = model != null && !presets.isEmpty();
        setVisible(shown);
        setManaged(shown);
        if (!shown) {
            return;
        }
        Label caption = new Label(text.get("params.presets"));
        caption.getStyleClass().add("preset-caption");
        getChildren().add(caption);
        List<Button> chips = new ArrayList<>();
        for (int i = 0; i < presets.size(); i++) {
            Preset preset = presets.get(i);
            String label = preset.label(text.lang());
            Button chip = new Button(shortLabel(label));
            chip.setId("preset-" + i);
            chip.getStyleClass().add("preset-chip");
            chip.setMinWidth(Region.USE_PREF_SIZE);
            Tooltip tip = new Tooltip(label + "\n" + text.format("params.presetTip", settingsLine(preset)));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            chip.setTooltip(tip);
            chip.setOnAction(e -> onChoose.accept(preset));
            chips.add(chip);
        }
        getChildren().addAll(chips);
        InvalidationListener mark = o -> {
            for (int i = 0; i < chips.size(); i++) {
                chips.get(i).pseudoClassStateChanged(CHOSEN, model.matches(presets.get(i).settings()));
            }
        };
        for (StringProperty p : model.properties()) {
            p.addListener(mark);
            unbinders.add(() -> p.removeListener(mark));
        }
        mark.invalidated(null);
    }

    /**
     * What a chip says: the setting part of the label ("lock = each" of "lock = each: the lock around each
     * update"), so the chips stay on a line or two beside the lesson text that explains them; the whole label
     * is the chip's tooltip.
     */
    static String shortLabel(String label) {
        int colon = label.indexOf(':');
        int wide = label.indexOf('\uff1a');
        int cut = colon < 0 ? wide : wide < 0 ? colon : Math.min(colon, wide);
        return cut > 0 ? label.substring(0, cut).trim() : label;
    }

    private static String settingsLine(Preset preset) {
        return preset.settings().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("  "));
    }
}
