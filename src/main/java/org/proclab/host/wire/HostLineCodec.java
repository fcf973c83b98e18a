package org.proclab.host.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/**
 * The one owner of the run host's line protocol ({@code proclab run --json}): one JSON object per line, told
 * apart by {@code "type"}. Writing (the CLI's printers) and reading (the run host's reader, the tests) sit
 * side by side here; a line is parsed once.
 * <ul>
 * <li>an event: {@code {"type":"VALUE_WRITE","t":123,"worker":"worker-1","pid":42,"subject":..,"index":..,
 *     "old":..,"new":..,"text":..}}; null fields and an index of -1 are left out;</li>
 * <li>a repetition: {@code {"type":"repeat","run":i,"outcome":..,"expected":..,"final":..,"lost":..,
 *     "grade":..,"ms":..}};</li>
 * <li>the last line: {@code {"type":"result","lesson":ID,"ok":..,...}} (see {@link ResultLines}).</li>
 * </ul>
 */
public final class HostLineCodec {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String RESULT = "result";
    static final String REPEAT = "repeat";
    /** Whole-number fields of a result line that are not figures. */
    static final Set<String> NOT_FIGURES = Set.of("ms", "runs");

    private HostLineCodec() {
    }

    public static String event(Event e) {
        return eventNode(e).toString();
    }

    public static String repeat(HostMessage.Repeat r) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", REPEAT);
        node.put("run", r.run());
        if (r.outcome() != null) {
            node.put("outcome", r.outcome());
        }
        if (r.lost() != null) {
            node.put("expected", r.expected());
            node.put("final", r.finalValue());
            node.put("lost", r.lost());
        }
        if (r.grade() != null) {
            node.put("grade", r.grade());
        }
        node.put("ms", r.millis());
        return node.toString();
    }

    public static String result(HostResult result) {
        return ResultLines.write(result).toString();
    }

    /**
     * A result line with fields that only one kind of run has (a Python run's {@code language}, {@code status},
     * {@code python} version and {@code exception}); values are strings, numbers or maps of them. Readers that
     * do not know a field ignore it.
     */
    public static String result(HostResult result, java.util.Map<String, ?> extra) {
        ObjectNode node = ResultLines.write(result);
        extra.forEach((key, value) -> {
            if (value != null) {
                node.set(key, MAPPER.valueToTree(value));
            }
        });
        return node.toString();
    }

    /** Turns one stdout line of a run host into a message; never throws: a bad line becomes a Warning. */
    public static HostMessage read(String line) {
        if (line.isBlank()) {
            return new HostMessage.Warning("empty line from the run host");
        }
        try {
            JsonNode node = MAPPER.readTree(line);
            String type = node != null && node.isObject() ? node.path("type").asText() : "";
            if (type.equals(RESULT)) {
                return new HostMessage.Result(ResultLines.read(node));
            }
            if (type.equals(REPEAT)) {
                return readRepeat(node);
            }
            return new HostMessage.EventLine(eventOf(node, line));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new HostMessage.Warning("not an event: " + abbreviate(line, 120));
        } catch (RuntimeException e) {
            return new HostMessage.Warning("unreadable line (" + e.getClass().getSimpleName() + "): "
                    + abbreviate(line, 120));
        }
    }

    /** Reads a line that must be the result line; throws {@link IllegalArgumentException} when it is not. */
    public static HostResult readResult(String line) {
        HostMessage message = read(line);
        if (!(message instanceof HostMessage.Result)) {
            throw new IllegalArgumentException("not a result line: " + abbreviate(line, 80));
        }
        return ((HostMessage.Result) message).result();
    }

    /**
     * Reads a line that must be an event. Throws {@link IllegalArgumentException} naming the problem when it
     * is not.
     */
    public static Event readEvent(String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("not JSON: " + abbreviate(line, 80), ex);
        }
        return eventOf(node, line);
    }

    private static ObjectNode eventNode(Event e) {
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
        return node;
    }

    private static Event eventOf(JsonNode node, String line) {
        if (node == null || !node.isObject() || !node.hasNonNull("type")) {
            throw new IllegalArgumentException("not an event (no \"type\"): " + abbreviate(line, 80));
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

    private static HostMessage.Repeat readRepeat(JsonNode node) {
        return new HostMessage.Repeat(node.path("run").asInt(), text(node, "outcome"), whole(node, "expected"),
                whole(node, "final"), text(node, "grade"), node.path("ms").asLong(0));
    }

    static Long whole(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.canConvertToLong() ? null : value.asLong();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String abbreviate(String line, int max) {
        return line.length() <= max ? line : line.substring(0, max - 3) + "...";
    }
}
