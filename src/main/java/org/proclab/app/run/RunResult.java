package org.proclab.app.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The summary line a run host prints last:
 * {@code {"type":"result","lesson":ID,"ok":true,"workers":[...],"reports":{...},"expected":..,"final":..,"lost":..}}.
 */
public record RunResult(String lesson, boolean ok, List<WorkerSummary> workers, Map<String, String> reports,
                        JsonNode raw) {

    /** One worker JVM as the summary lists it; exitCode null while it had not exited. */
    public record WorkerSummary(String name, long pid, Integer exitCode) {
    }

    public static RunResult fromJson(JsonNode node) {
        List<WorkerSummary> workers = new ArrayList<>();
        for (JsonNode w : node.path("workers")) {
            JsonNode code = w.get("exitCode");
            workers.add(new WorkerSummary(w.path("name").asText(""), w.path("pid").asLong(-1),
                    code == null || code.isNull() ? null : code.asInt()));
        }
        Map<String, String> reports = new LinkedHashMap<>();
        node.path("reports").fields().forEachRemaining(e -> reports.put(e.getKey(), e.getValue().asText()));
        return new RunResult(node.path("lesson").asText(""), node.path("ok").asBoolean(false),
                Collections.unmodifiableList(workers), Collections.unmodifiableMap(reports), node);
    }

    /** A top-level whole number such as "expected", "final" or "lost", if present. */
    public OptionalLong number(String field) {
        JsonNode value = raw.get(field);
        if (value == null || !value.canConvertToLong()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(value.asLong());
    }
}
