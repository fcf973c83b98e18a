package org.proclab.lesson;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code params} array of a chapter.json and checks that each spec makes sense on its own
 * (min &le; default &le; max, the default among the choices), so a broken spec is caught when the course
 * loads, not when a learner presses Run.
 */
final class ParamSpecReader {
    private static final Set<String> KEYS = Set.of("name", "type", "default", "min", "max", "choices", "help");
    /** {@code "default": "cores"} stands for this machine's core count, kept within min..max. */
    static final String CORES = "cores";

    private final JsonReading json;

    ParamSpecReader(JsonReading json) {
        this.json = json;
    }

    List<ParamSpec> read(JsonNode params) throws LessonFormatException {
        List<ParamSpec> specs = new ArrayList<>();
        if (params == null || params.isNull()) {
            return specs;
        }
        if (!params.isArray()) {
            throw json.problem("\"params\" must be an array");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < params.size(); i++) {
            ParamSpec spec = readOne(params.get(i), "params[" + i + "]");
            if (!names.add(spec.name())) {
                throw json.problem("params[" + i + "]: the name \"" + spec.name() + "\" is used twice");
            }
            specs.add(spec);
        }
        return specs;
    }

    private ParamSpec readOne(JsonNode node, String at) throws LessonFormatException {
        if (!node.isObject()) {
            throw json.problem(at + " must be an object");
        }
        json.onlyKeys(node, at + ": ", KEYS);
        String name = json.requiredText(node, "name", at + ": ");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw json.problem(at + ": name \"" + name + "\" must be lower-case letters, digits and _");
        }
        String where = at + " \"" + name + "\": ";
        ParamType type = type(json.requiredText(node, "type", where), where);
        Map<Lang, String> help = json.languages(node, "help", where);
        String rawDefault = json.requiredText(node, "default", where);
        switch (type) {
            case INT:
            case LONG:
                return number(node, name, type, rawDefault, help, where);
            case CHOICE:
                return choice(node, name, rawDefault, help, where);
            default:
                noRange(node, where);
                ParamSpec bool = new ParamSpec(name, type, rawDefault, null, null, List.of(), help);
                return withCheckedDefault(bool, rawDefault, where);
        }
    }

    private ParamType type(String text, String where) throws LessonFormatException {
        try {
            return ParamType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw json.problem(where + "type \"" + text + "\" is not one of int, long, choice, bool");
        }
    }

    private ParamSpec number(JsonNode node, String name, ParamType type, String rawDefault,
                             Map<Lang, String> help, String where) throws LessonFormatException {
        long min = bound(node, "min", type, where);
        long max = bound(node, "max", type, where);
        if (min > max) {
            throw json.problem(where + "min " + min + " is greater than max " + max);
        }
        if (node.has("choices")) {
            throw json.problem(where + "\"choices\" is only for type choice");
        }
        String defaultValue = rawDefault;
        if (CORES.equals(rawDefault)) {
            long cores = Runtime.getRuntime().availableProcessors();
            defaultValue = Long.toString(Math.max(min, Math.min(max, cores)));
        }
        ParamSpec spec = new ParamSpec(name, type, defaultValue, min, max, List.of(), help);
        return withCheckedDefault(spec, defaultValue, where);
    }

    private long bound(JsonNode node, String field, ParamType type, String where) throws LessonFormatException {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            throw json.problem(where + "\"" + field + "\" must be a whole number (type " + type.name()
                    .toLowerCase(Locale.ROOT) + " needs min and max)");
        }
        long bound = value.asLong();
        if (type == ParamType.INT && (bound < Integer.MIN_VALUE || bound > Integer.MAX_VALUE)) {
            throw json.problem(where + "\"" + field + "\" " + bound + " does not fit an int; use type long");
        }
        return bound;
    }

    private ParamSpec choice(JsonNode node, String name, String rawDefault, Map<Lang, String> help,
                             String where) throws LessonFormatException {
        noRange(node, where);
        JsonNode choices = node.get("choices");
        if (choices == null || !choices.isArray() || choices.isEmpty()) {
            throw json.problem(where + "type choice needs a non-empty \"choices\" array");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode choice : choices) {
            String text = choice.asText().trim();
            if (text.isEmpty() || list.contains(text)) {
                throw json.problem(where + "choices must be distinct, non-empty texts");
            }
            list.add(text);
        }
        return withCheckedDefault(new ParamSpec(name, ParamType.CHOICE, rawDefault, null, null, List.copyOf(list),
                help), rawDefault, where);
    }

    private void noRange(JsonNode node, String where) throws LessonFormatException {
        if (node.has("min") || node.has("max")) {
            throw json.problem(where + "\"min\" and \"max\" are only for types int and long");
        }
    }

    private ParamSpec withCheckedDefault(ParamSpec spec, String defaultValue, String where)
            throws LessonFormatException {
        try {
            String normalized = ParamValidator.check(spec, defaultValue);
            return new ParamSpec(spec.name(), spec.type(), normalized, spec.min(), spec.max(), spec.choices(),
                    spec.help());
        } catch (ParamException ex) {
            throw json.problem(where + "default is not valid: " + ex.getMessage());
        }
    }
}
