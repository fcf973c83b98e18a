package org.proclab.runtime.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Events as JSON lines: {@code {"type":"VALUE_WRITE","t":123,"worker":"worker-1","pid":42,...}}.
 * Null fields and an index of -1 are left out. This is the format of {@code proclab run --json} and the
 * way the app reads a run it started.
 */
public final class EventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    public static String toJson(Event e) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", e.type().name());
        node.put("t", e.timeNanos());
        node.put("worker", e.worker());
        node.put("pid", e.pid());
        if (e.subject() != null) node.put("subject", e.subject());
        if (e.index() != -1) node.put("index", e.index());
        if (e.oldValue() != null) node.put("old", e.oldValue());
        if (e.newValue() != null) node.put("new", e.newValue());
        if (e.text() != null) node.put("text", e.text());
        return node.toString();
    }

    /**
     * Parses one line. Throws {@link IllegalArgumentException} naming the problem when the line is not an
     * event (a caller decides whether that is a warning or the {@code result} line).
     */
    public static Event fromJson(String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("not JSON: " + abbreviate(line), ex);
        }
        if (node == null || !node.isObject() || !node.hasNonNull("type")) {
            throw new IllegalArgumentException("not an event (no \"type\"): " + abbreviate(line));
        }
        EventType type;
        try {
            type = EventType.valueOf(node.get("type").asText());
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("unknown event type \"" + node.get("type").asText() + "\"", ex);
        }
        return new Event(type, node.path("t").asLong(0), text(node, "worker"), node.path("pid").asLong(-1),
                text(node, "subject"), node.path("index").asLong(-1), text(node, "old"), text(node, "new"),
                text(node, "text"));
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
