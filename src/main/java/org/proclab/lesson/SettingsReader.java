package org.proclab.lesson;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the parameter settings of presets and questions ({@code "set": {"gil": "on"}}) and checks them
 * against the chapter's specs when the course loads, so a preset can never fail when a learner clicks it.
 * A number may be written {@code "cores"} or {@code "2*cores"}: this machine's core count, kept within range.
 */
final class SettingsReader {
    private static final Set<String> PRESET_KEYS = Set.of("label", "set");

    private final JsonReading json;
    private final List<ParamSpec> params;

    SettingsReader(JsonReading json, List<ParamSpec> params) {
        this.json = json;
        this.params = params;
    }

    /** The settings of {@code node} (an object, or null for none) normalized, in the chapter's spec order. */
    Map<String, String> settings(JsonNode node, String where) throws LessonFormatException {
        Map<String, String> given = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return given;
        }
        if (!node.isObject()) {
            throw json.problem(where + "\"set\" must be an object such as {\"gil\": \"on\"}");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            ParamSpec spec = spec(field.getKey(), where);
            String raw = resolveCores(spec, field.getValue().asText());
            try {
                given.put(spec.name(), ParamValidator.check(spec, raw));
            } catch (ParamException ex) {
                throw json.problem(where + "set: " + ex.getMessage());
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (ParamSpec spec : params) {
            if (given.containsKey(spec.name())) {
                ordered.put(spec.name(), given.get(spec.name()));
            }
        }
        return ordered;
    }

    List<Preset> presets(JsonNode node) throws LessonFormatException {
        List<Preset> presets = new ArrayList<>();
        if (node == null || node.isNull()) {
            return presets;
        }
        if (!node.isArray()) {
            throw json.problem("\"presets\" must be an array of {\"label\": {...}, \"set\": {...}}");
        }
        for (int i = 0; i < node.size(); i++) {
            String where = "presets[" + i + "]: ";
            JsonNode preset = node.get(i);
            if (!preset.isObject()) {
                throw json.problem(where + "must be an object");
            }
            json.onlyKeys(preset, where, PRESET_KEYS);
            Map<String, String> settings = settings(preset.get("set"), where);
            if (settings.isEmpty()) {
                throw json.problem(where + "\"set\" must set at least one parameter");
            }
            presets.add(new Preset(json.languages(preset, "label", where), settings));
        }
        return presets;
    }

    private ParamSpec spec(String name, String where) throws LessonFormatException {
        for (ParamSpec spec : params) {
            if (spec.name().equals(name)) {
                return spec;
            }
        }
        throw json.problem(where + "set: \"" + name + "\" is not a parameter of this chapter");
    }

    private static String resolveCores(ParamSpec spec, String raw) {
        String t = raw.trim();
        if (spec.min() == null || !t.endsWith(ParamSpecReader.CORES)) {
            return raw;
        }
        String factor = t.substring(0, t.length() - ParamSpecReader.CORES.length()).replace("*", "").trim();
        if (!factor.matches("\\d{0,3}")) {
            return raw;
        }
        long cores = (factor.isEmpty() ? 1 : Long.parseLong(factor)) * Runtime.getRuntime().availableProcessors();
        return Long.toString(Math.max(spec.min(), Math.min(spec.max(), cores)));
    }
}
