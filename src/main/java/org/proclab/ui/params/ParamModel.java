package org.proclab.ui.params;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.proclab.lesson.ParamProblem;
import org.proclab.lesson.ParamSpec;
import org.proclab.lesson.ParamValidator;

/**
 * The current parameter values of one chapter, one property per parameter. The parameter panel and the
 * switches in the lab views (Lock, GIL) bind to the same property, so they always agree.
 */
public final class ParamModel {
    private final List<ParamSpec> specs;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final BooleanBinding valid;

    public ParamModel(List<ParamSpec> specs) {
        this.specs = List.copyOf(specs);
        for (ParamSpec spec : specs) {
            values.put(spec.name(), new SimpleStringProperty(spec.defaultValue()));
        }
        valid = Bindings.createBooleanBinding(this::allValid,
                values.values().toArray(new ObservableValue<?>[0]));
    }

    public List<ParamSpec> specs() {
        return specs;
    }

    public Optional<ParamSpec> spec(String name) {
        return specs.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The property of a parameter; empty when the chapter has no such parameter. */
    public Optional<StringProperty> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** What is wrong with a parameter's current value, by the same rule the CLI applies. */
    public Optional<ParamProblem> problem(String name) {
        ParamSpec spec = spec(name).orElseThrow();
        return ParamValidator.problem(spec, values.get(name).get());
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    private boolean allValid() {
        for (ParamSpec spec : specs) {
            if (ParamValidator.problem(spec, values.get(spec.name()).get()).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** Every parameter, normalised, in spec order: what a run is started with. */
    public Map<String, String> snapshot() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ParamSpec spec : specs) {
            out.put(spec.name(), ParamValidator.normalise(spec, values.get(spec.name()).get()));
        }
        return out;
    }

    /** Sets every named parameter this chapter has (a preset's full values); names it lacks are ignored. */
    public void setAll(Map<String, String> settings) {
        settings.forEach((name, v) -> value(name).ifPresent(p -> p.set(v)));
    }

    /** True when every parameter, normalised, equals {@code settings} over the defaults (a preset is chosen). */
    public boolean matches(Map<String, String> settings) {
        for (ParamSpec spec : specs) {
            String want = settings.getOrDefault(spec.name(), spec.defaultValue());
            String have = values.get(spec.name()).get();
            if (!ParamValidator.normalise(spec, want).equals(ParamValidator.normalise(spec, have))) {
                return false;
            }
        }
        return true;
    }

    /** Every value property, for a view that follows any change. */
    public List<StringProperty> properties() {
        return List.copyOf(values.values());
    }

    public void resetToDefaults() {
        for (ParamSpec spec : specs) {
            values.get(spec.name()).set(spec.defaultValue());
        }
    }
}
