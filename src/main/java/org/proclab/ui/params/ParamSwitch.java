package org.proclab.ui.params;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import org.controlsfx.control.ToggleSwitch;
import org.proclab.lesson.ParamSpec;
import org.proclab.lesson.ParamType;

/**
 * A switch bound to one chapter parameter, placed in a lab view (the Lock switch, the GIL switch). For a
 * BOOL parameter it sets true / false; for a CHOICE such as {@code lock = none | value-lock | lock} "off" is the
 * off-choice and "on" the mode picked in the box beside it.
 */
public final class ParamSwitch extends HBox {
    private final ToggleSwitch toggle = new ToggleSwitch();
    private final ComboBox<String> modes = new ComboBox<>();
    private StringProperty value;
    private String offValue;
    private boolean syncing;

    public ParamSwitch(String idPrefix, ObservableValue<String> label) {
        getStyleClass().add("param-switch");
        toggle.setId(idPrefix + "-switch");
        toggle.textProperty().bind(label);
        modes.setId(idPrefix + "-mode");
        modes.getStyleClass().add("compact");
        getChildren().addAll(toggle, modes);
        toggle.selectedProperty().addListener((obs, a, on) -> push());
        modes.valueProperty().addListener((obs, a, b) -> push());
        setVisible(false);
        setManaged(false);
    }

    /** Binds to the parameter, or hides itself when the chapter has none of that name. */
    public void bind(ParamModel model, String param) {
        Optional<ParamSpec> spec = model.spec(param);
        value = spec.isPresent() ? model.value(param).orElse(null) : null;
        boolean shown = value != null;
        setVisible(shown);
        setManaged(shown);
        if (!shown) {
            return;
        }
        List<String> choices = new ArrayList<>();
        offValue = "false";
        if (spec.get().type() == ParamType.CHOICE) {
            offValue = spec.get().choices().stream().filter(ParamSwitch::isOff).findFirst().orElse("none");
            for (String c : spec.get().choices()) {
                if (!c.equals(offValue)) {
                    choices.add(c);
                }
            }
        }
        syncing = true;
        modes.getItems().setAll(choices);
        modes.setVisible(choices.size() > 1);
        modes.setManaged(choices.size() > 1);
        value.addListener((obs, a, b) -> pull());
        syncing = false;
        pull();
    }

    private void pull() {
        if (value == null) {
            return;
        }
        syncing = true;
        String v = value.get();
        boolean on = !isOff(v);
        toggle.setSelected(on);
        if (on && modes.getItems().contains(v)) {
            modes.setValue(v);
        } else if (modes.getValue() == null && !modes.getItems().isEmpty()) {
            modes.setValue(modes.getItems().get(0));
        }
        syncing = false;
    }

    private void push() {
        if (syncing || value == null) {
            return;
        }
        if (!toggle.isSelected()) {
            value.set(offValue);
        } else if (modes.getItems().isEmpty()) {
            value.set("true");
        } else {
            value.set(modes.getValue() != null ? modes.getValue() : modes.getItems().get(0));
        }
    }

    public ToggleSwitch toggle() {
        return toggle;
    }

    /** True when a value of a switch-like parameter (BOOL, or a lock mode) means "off". */
    public static boolean isOff(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return v.isEmpty() || v.equals("false") || v.equals("none") || v.equals("off") || v.equals("no")
                || v.equals("0");
    }
}
