package org.proclab.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers to turn measurements into row figures. */
final class Figures {
    private Figures() {
    }

    /** Row id → the number in the named field of a Python result; a missing field is left out. */
    static Map<String, Double> pick(JsonNode json, Map<String, String> rowToField) {
        Map<String, Double> out = new LinkedHashMap<>();
        rowToField.forEach((row, field) -> {
            JsonNode value = json.get(field);
            if (value != null && value.isNumber()) {
                out.put(row, value.asDouble());
            }
        });
        return out;
    }

    static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
