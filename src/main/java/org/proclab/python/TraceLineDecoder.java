package org.proclab.python;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/**
 * Reads the tracer's lines: {@code {"type":"QUEUE_PUT","t":...,"worker":...,"pid":...,"cpu":1,...}} in the field
 * names of ProcLab's event JSON, plus the runner's {@code {"type":"error",...}} and each connection's first
 * line, {@code {"hello":TOKEN,"pid":...}}. Kept apart from the Java side's codec: this end owns its format.
 */
final class TraceLineDecoder {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TraceLineDecoder() {
    }

    static JsonNode parse(String line) {
        try {
            JsonNode node = MAPPER.readTree(line);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("not a JSON object: " + abbreviate(line));
            }
            return node;
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("not JSON: " + abbreviate(line), ex);
        }
    }

    /** The decoded line; throws {@link IllegalArgumentException} naming the problem for anything else. */
    static TraceLine decode(String line) {
        JsonNode node = parse(line);
        String type = node.path("type").asText("");
        if (type.equals("error")) {
            return TraceLine.of(new PythonError(text(node, "exception"), text(node, "message"), text(node, "file"),
                    node.path("line").asInt(-1), text(node, "traceback")));
        }
        EventType eventType;
        try {
            eventType = EventType.valueOf(type);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("unknown event type \"" + type + "\"", ex);
        }
        Event event = new Event(eventType, node.path("t").asLong(0), text(node, "worker"), node.path("pid").asLong(-1),
                text(node, "subject"), node.path("index").asLong(-1), text(node, "old"), text(node, "new"),
                text(node, "text"));
        return TraceLine.of(event, node.path("cpu").asInt(-1));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
