package org.proclab.ui.lab;

import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.scene.layout.HBox;
import org.controlsfx.control.ToggleSwitch;
import org.proclab.lesson.ParamSpec;
import org.proclab.lesson.ParamType;
import org.proclab.ui.params.ParamModel;
import org.proclab.ui.params.ParamSwitch;
import org.proclab.ui.text.UiText;

/**
 * The lab's one control of the {@code lock} parameter: a switch whose label names the mode in force ("Lock:
 * each"), so it can never show a mode that is not the parameter's value. Off sets the off-choice ("none"),
 * on the first other choice; the other modes are picked in the run bar's field, which this follows.
 */
final class LockSwitch extends HBox {
    private final ToggleSwitch toggle = new ToggleSwitch();
    private final UiText text;
    private StringProperty value;
    private String offValue = "none";
    private String onValue = "loop";
    private boolean syncing;

    LockSwitch(UiText text, ParamModel params) {
        this.text = text;
        getStyleClass().add("param-switch");
        toggle.setId("lock-switch");
        getChildren().add(toggle);
        ParamSpec spec = params.spec("lock").orElse(null);
        value = spec == null ? null : params.value("lock").orElse(null);
        setVisible(value != null);
        setManaged(value != null);
        if (value == null) {
            return;
        }
        if (spec.type() == ParamType.CHOICE) {
            List<String> choices = spec.choices();
            offValue = choices.stream().filter(ParamSwitch::isOff).findFirst().orElse("none");
            onValue = choices.stream().filter(c -> !c.equals(offValue)).findFirst().orElse(offValue);
        } else {
            offValue = "false";
            onValue = "true";
        }
        toggle.selectedProperty().addListener((obs, a, on) -> {
            if (!syncing) {
                value.set(on ? onValue : offValue);
            }
        });
        value.addListener((obs, a, b) -> pull());
        text.langProperty().addListener((obs, a, b) -> pull());
        pull();
    }

    private void pull() {
        syncing = true;
        boolean on = !ParamSwitch.isOff(value.get());
        toggle.setSelected(on);
        toggle.setText(on ? text.format("lab.lock.on", value.get()) : text.get("lab.lock.off"));
        syncing = false;
    }

    ToggleSwitch toggle() {
        return toggle;
    }
}
