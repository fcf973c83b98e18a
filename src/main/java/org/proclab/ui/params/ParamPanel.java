package org.proclab.ui.params;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.proclab.lesson.ParamProblem;
import org.proclab.lesson.ParamSpec;
import org.proclab.lesson.ParamType;
import org.proclab.lesson.ParamValidator;
import org.proclab.ui.text.UiText;
import org.proclab.ui.theme.UiFonts;

/**
 * One field per chapter parameter (id {@code param-<name>}), each with its allowed range or choices and
 * its help line; an invalid value is marked {@code :invalid} and says what is allowed.
 */
public final class ParamPanel extends FlowPane {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final UiText text;
    private ParamModel model;
    /** Undo the listeners of the current fields: the value properties outlive a rebuild. */
    private final List<Runnable> unbinders = new ArrayList<>();

    public ParamPanel(UiText text) {
        this.text = text;
        getStyleClass().add("param-panel");
        setId("param-panel");
        text.langProperty().addListener((obs, a, b) -> rebuild());
    }

    public void show(ParamModel paramModel) {
        this.model = paramModel;
        rebuild();
    }

    private void rebuild() {
        unbinders.forEach(Runnable::run);
        unbinders.clear();
        getChildren().clear();
        if (model == null) {
            return;
        }
        if (model.specs().isEmpty()) {
            Label none = new Label(text.get("params.none"));
            none.getStyleClass().add("muted");
            getChildren().add(none);
            return;
        }
        for (ParamSpec spec : model.specs()) {
            getChildren().add(field(spec, model.value(spec.name()).orElseThrow()));
        }
    }

    private Node field(ParamSpec spec, StringProperty value) {
        Label name = new Label(spec.name());
        name.getStyleClass().add("param-name");
        name.setStyle(UiFonts.monoStyle());
        Node control = control(spec, value);
        Label hint = new Label();
        hint.getStyleClass().add("param-hint");
        hint.setId("param-hint-" + spec.name());
        VBox box = new VBox(name, control, hint);
        box.getStyleClass().add("param-field");
        String help = spec.help() == null ? null : spec.help().getOrDefault(text.lang(), spec.help().get(
                org.proclab.lesson.Lang.EN));
        if (help != null) {
            Tooltip tip = new Tooltip(help);
            tip.setWrapText(true);
            tip.setMaxWidth(320);
            Tooltip.install(box, tip);
        }
        // A choice box already lists what is allowed: its hint line says what the parameter does instead.
        String okHint = spec.type() == ParamType.CHOICE && help != null ? help : allowed(spec);
        Runnable update = () -> {
            Optional<ParamProblem> problem = ParamValidator.problem(spec, value.get());
            box.pseudoClassStateChanged(INVALID, problem.isPresent());
            hint.setText(problem.isEmpty() ? okHint : problemText(spec, problem.get().kind()));
        };
        listen(value, (obs, a, b) -> update.run());
        update.run();
        return box;
    }

    private Node control(ParamSpec spec, StringProperty value) {
        String id = "param-" + spec.name();
        if (spec.type() == ParamType.CHOICE) {
            ComboBox<String> combo = new ComboBox<>();
            combo.getItems().setAll(spec.choices());
            combo.setId(id);
            combo.setValue(value.get());
            combo.valueProperty().addListener((obs, a, b) -> {
                if (b != null) {
                    value.set(b);
                }
            });
            listen(value, (obs, a, b) -> combo.setValue(b));
            return combo;
        }
        if (spec.type() == ParamType.BOOL) {
            ToggleSwitch sw = new ToggleSwitch();
            sw.setId(id);
            sw.setSelected(Boolean.parseBoolean(value.get()));
            sw.selectedProperty().addListener((obs, a, b) -> value.set(Boolean.toString(b)));
            listen(value, (obs, a, b) -> sw.setSelected(!ParamSwitch.isOff(b)));
            return sw;
        }
        TextField field = new TextField(value.get());
        field.setId(id);
        field.setPrefColumnCount(9);
        field.textProperty().bindBidirectional(value);
        unbinders.add(() -> field.textProperty().unbindBidirectional(value));
        return field;
    }

    private void listen(StringProperty value, ChangeListener<String> listener) {
        value.addListener(listener);
        unbinders.add(() -> value.removeListener(listener));
    }

    private String allowed(ParamSpec spec) {
        switch (spec.type()) {
            case INT:
            case LONG:
                NumberFormat nf = NumberFormat.getIntegerInstance(Locale.forLanguageTag(text.lang().code()));
                String min = spec.min() == null ? "…" : nf.format(spec.min());
                String max = spec.max() == null ? "…" : nf.format(spec.max());
                return text.format("params.range", min, max);
            case CHOICE:
                return text.format("params.choices", String.join(" · ", spec.choices()));
            default:
                return text.get("params.onoff");
        }
    }

    private String problemText(ParamSpec spec, ParamProblem.Kind problem) {
        switch (problem) {
            case NOT_A_NUMBER:
                return text.get("params.notNumber") + " — " + allowed(spec);
            case TOO_SMALL:
            case TOO_LARGE:
                return text.get("params.outOfRange") + " — " + allowed(spec);
            default:
                return text.get("params.invalid") + " — " + allowed(spec);
        }
    }
}
