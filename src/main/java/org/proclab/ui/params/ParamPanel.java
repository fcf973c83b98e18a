package org.proclab.ui.params;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.function.Consumer;
import org.controlsfx.control.ToggleSwitch;
import org.proclab.lesson.Lang;
import org.proclab.lesson.ParamProblem;
import org.proclab.lesson.ParamSpec;
import org.proclab.lesson.ParamType;
import org.proclab.lesson.ParamValidator;
import org.proclab.lesson.Preset;
import org.proclab.ui.text.UiText;
import org.proclab.ui.theme.UiFonts;

/**
 * One field per chapter parameter (id {@code param-<name>}), each with its allowed range or choices and
 * its help line (wrapped, never cut); an invalid value is marked {@code :invalid} and says what is allowed.
 * Below them the lesson's "Try this" lines as one-click chips ({@link PresetChips}).
 */
public final class ParamPanel extends VBox {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final UiText text;
    private final FlowPane fields = new FlowPane();
    private Set<String> onViews = Set.of();
    private final PresetChips chips;
    private ParamModel model;
    private List<Preset> presets = List.of();
    /** Undo the listeners of the current fields: the value properties outlive a rebuild. */
    private final List<Runnable> unbinders = new ArrayList<>();

    public ParamPanel(UiText text) {
        this.text = text;
        this.chips = new PresetChips(text);
        getStyleClass().add("param-panel");
        setId("param-panel");
        fields.getStyleClass().add("param-fields");
        // In a short window the fields scroll inside the run bar instead of pushing the lesson off the page.
        VBox content = new VBox(chips, fields);
        content.getStyleClass().add("param-content");
        ScrollPane scroll = new FittingScrollPane(content);
        scroll.setId("param-scroll");
        getChildren().add(scroll);
        text.langProperty().addListener((obs, a, b) -> rebuild());
    }

    public void show(ParamModel paramModel) {
        show(paramModel, List.of());
    }

    /** The chapter's parameters and its "Try this" presets. */
    public void show(ParamModel paramModel, List<Preset> chapterPresets) {
        show(paramModel, chapterPresets, Set.of());
    }

    /** As above, without fields for {@code onViews}: parameters a lab view already carries as its own switch. */
    public void show(ParamModel paramModel, List<Preset> chapterPresets, Set<String> onViews) {
        this.model = paramModel;
        this.presets = List.copyOf(chapterPresets);
        this.onViews = Set.copyOf(onViews);
        rebuild();
    }

    /** What a click on a preset chip does (the window: set its parameters and run). */
    public void setOnPreset(Consumer<Preset> action) {
        chips.setOnChoose(action);
    }

    /** The chips, so their disabled state can follow whether a preset may be applied now. */
    public Region presetChips() {
        return chips;
    }

    private void rebuild() {
        unbinders.forEach(Runnable::run);
        unbinders.clear();
        fields.getChildren().clear();
        chips.show(model, presets);
        if (model == null) {
            return;
        }
        if (model.specs().isEmpty()) {
            Label none = new Label(text.get("params.none"));
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            fields.getChildren().add(none);
            return;
        }
        for (ParamSpec spec : model.specs()) {
            if (!onViews.contains(spec.name())) {
                fields.getChildren().add(field(spec, model.value(spec.name()).orElseThrow()));
            }
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
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(name, control, hint);
        box.getStyleClass().add("param-field");
        String help = spec.help() == null ? null : spec.help().getOrDefault(text.lang(), spec.help().get(Lang.EN));
        if (help != null) {
            Tooltip tip = new Tooltip(help);
            tip.setWrapText(true);
            tip.setMaxWidth(320);
            Tooltip.install(box, tip);
        }
        // A choice box already lists what is allowed: its hint line says what the parameter does instead.
        String okHint = spec.type() == ParamType.CHOICE && help != null ? help : allowed(spec);
        if (okHint.length() > 40) {
            // A long help line gets two columns, so it wraps into a few lines instead of many.
            box.getStyleClass().add("wide");
        }
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
                // Commas group digits in both languages (a locale's format gave "1.000.000" in English here).
                String min = spec.min() == null ? "…" : String.format(Locale.ROOT, "%,d", spec.min());
                String max = spec.max() == null ? "…" : String.format(Locale.ROOT, "%,d", spec.max());
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
