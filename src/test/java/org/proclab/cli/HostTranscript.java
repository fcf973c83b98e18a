package org.proclab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.proclab.runtime.event.Event;
import org.proclab.host.wire.HostLineCodec;
import org.proclab.host.wire.HostMessage;
import org.proclab.runtime.event.EventType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A {@code run --json} transcript, read with the host's codec: every event line, then the result line. */
record HostTranscript(int status, List<Event> events, JsonNode result, String stderr) {

    static HostTranscript parse(int status, String stdout, String stderr) {
        List<Event> events = new ArrayList<>();
        JsonNode result = null;
        for (String line : stdout.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            HostMessage message = HostLineCodec.read(line);
            if (message instanceof HostMessage.Result) {
                result = ((HostMessage.Result) message).result().raw();
            } else if (message instanceof HostMessage.EventLine) {
                events.add(((HostMessage.EventLine) message).event());
            } else {
                throw new IllegalArgumentException("neither an event nor the result: " + line);
            }
        }
        return new HostTranscript(status, events, result, stderr);
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
