package org.proclab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventJson;
import org.proclab.runtime.event.EventType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A {@code run --json} transcript, parsed: every event line, then the result line. */
record RunResult(int status, List<Event> events, JsonNode result, String stderr) {

    static RunResult parse(int status, String stdout, String stderr) {
        List<Event> events = new ArrayList<>();
        JsonNode result = null;
        for (String line : stdout.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("{\"type\":\"result\"")) {
                try {
                    result = EventJson.mapper().readTree(line);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            } else {
                events.add(EventJson.fromJson(line));
            }
        }
        return new RunResult(status, events, result, stderr);
    }

    String report(String key) {
        JsonNode value = result.get("reports").get(key);
        return value == null ? null : value.asText();
    }

    long number(String field) {
        return result.get(field).asLong();
    }

    /** Every line the processes printed on this stream ("stdout" or "stderr"), in arrival order. */
    String output(String stream) {
        return events.stream().filter(e -> e.type() == EventType.OUTPUT && stream.equals(e.subject()))
                .map(e -> "[" + e.worker() + "] " + e.text()).collect(Collectors.joining("\n"));
    }
}
