package org.proclab.exercise;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.proclab.host.wire.HostMessage;
import org.proclab.host.wire.HostResult;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/** What one checking run said, folded from its host messages: output lines, event counts, the result. */
final class RunTranscript {
    private final List<String> output = new ArrayList<>();
    private final Map<EventType, Integer> counts = new EnumMap<>(EventType.class);
    private final List<String> warnings = new ArrayList<>();
    private HostResult result;
    private int exitCode = -1;

    synchronized void accept(HostMessage message) {
        if (message instanceof HostMessage.EventLine) {
            Event e = ((HostMessage.EventLine) message).event();
            counts.merge(e.type(), 1, Integer::sum);
            if (e.type() == EventType.OUTPUT && e.text() != null) {
                output.add(e.text());
            } else if (e.type() == EventType.WARNING && e.text() != null) {
                warnings.add(e.text());
            }
        } else if (message instanceof HostMessage.Result) {
            result = ((HostMessage.Result) message).result();
        } else if (message instanceof HostMessage.Warning) {
            warnings.add(((HostMessage.Warning) message).text());
        } else if (message instanceof HostMessage.Exited) {
            exitCode = ((HostMessage.Exited) message).exitCode();
        }
    }

    synchronized List<String> output() {
        return List.copyOf(output);
    }

    synchronized int count(EventType type) {
        return counts.getOrDefault(type, 0);
    }

    /** The host's summary line, or null when it ended without one (stopped, or it crashed). */
    synchronized HostResult result() {
        return result;
    }

    synchronized int exitCode() {
        return exitCode;
    }

    synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }
}
