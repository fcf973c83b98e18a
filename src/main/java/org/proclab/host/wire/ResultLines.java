package org.proclab.host.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result line, both ways. A single run:
 * {@code {"type":"result","lesson":ID,"ok":true,"error":..,"ms":..,"params":{..},"workers":[..],"reports":{..},
 * "expected":..,"final":..,"lost":..}}; a repeated run: {@code {"type":"result","lesson":ID,"ok":..,"runs":N,
 * "ms":..,"params":{..},"lockMode":..,"expected":..,"minimum":..,"histogram":{..},"grades":{..}}}. Report
 * values stay strings, as the events carry them, so a 28-digit result keeps every digit.
 */
final class ResultLines {
    private ResultLines() {
    }

    static ObjectNode write(HostResult r) {
        ObjectNode node = HostLineCodec.MAPPER.createObjectNode();
        node.put("type", HostLineCodec.RESULT);
        node.put("lesson", r.lesson());
        node.put("ok", r.ok());
        if (r.error() != null) {
            node.put("error", r.error());
        }
        HostResult.Repeated repeated = r.repeated();
        if (repeated != null) {
            node.put("runs", repeated.runs());
        }
        node.put("ms", r.millis());
        ObjectNode params = node.putObject("params");
        r.params().forEach(params::put);
        if (repeated == null) {
            ArrayNode workers = node.putArray("workers");
            for (HostResult.WorkerSummary worker : r.workers()) {
                ObjectNode w = workers.addObject();
                w.put("name", worker.name());
                w.put("pid", worker.pid());
                if (worker.exitCode() == null) {
                    w.putNull("exitCode");
                } else {
                    w.put("exitCode", worker.exitCode());
                }
            }
            ObjectNode reports = node.putObject("reports");
            r.reports().forEach(reports::put);
            r.figures().forEach(node::put);
            return node;
        }
        if (repeated.lockMode() != null) {
            node.put("lockMode", repeated.lockMode());
        }
        r.figures().forEach(node::put);
        ObjectNode histogram = node.putObject("histogram");
        repeated.histogram().forEach(histogram::put);
        if (repeated.lockMode() != null) {
            ObjectNode grades = node.putObject("grades");
            repeated.grades().forEach(grades::put);
        }
        return node;
    }

    static HostResult read(JsonNode node) {
        List<HostResult.WorkerSummary> workers = new ArrayList<>();
        for (JsonNode w : node.path("workers")) {
            JsonNode code = w.get("exitCode");
            workers.add(new HostResult.WorkerSummary(w.path("name").asText(""), w.path("pid").asLong(-1),
                    code == null || code.isNull() ? null : code.asInt()));
        }
        Map<String, Long> figures = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isIntegralNumber() && !HostLineCodec.NOT_FIGURES.contains(e.getKey())) {
                figures.put(e.getKey(), e.getValue().asLong());
            }
        });
        HostResult.Repeated repeated = null;
        if (node.has("runs")) {
            Map<String, Integer> histogram = new LinkedHashMap<>();
            node.path("histogram").fields().forEachRemaining(e -> histogram.put(e.getKey(), e.getValue().asInt()));
            repeated = new HostResult.Repeated(node.path("runs").asInt(), HostLineCodec.text(node, "lockMode"),
                    Collections.unmodifiableMap(histogram), Collections.unmodifiableMap(strings(node, "grades")));
        }
        return new HostResult(node.path("lesson").asText(""), node.path("ok").asBoolean(false),
                HostLineCodec.text(node, "error"), node.path("ms").asLong(0),
                Collections.unmodifiableMap(strings(node, "params")), Collections.unmodifiableList(workers),
                Collections.unmodifiableMap(strings(node, "reports")), Collections.unmodifiableMap(figures),
                repeated, node);
    }

    private static Map<String, String> strings(JsonNode node, String field) {
        Map<String, String> out = new LinkedHashMap<>();
        node.path(field).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
