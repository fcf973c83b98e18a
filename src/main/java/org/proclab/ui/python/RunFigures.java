package org.proclab.ui.python;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.proclab.host.wire.HostMessage;
import org.proclab.host.wire.HostResult;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/**
 * The figures of one run for the compare view, folded from its host messages (on the host's threads, hence
 * synchronized): its reports and wall time from the result line, and the start-up cost from event times,
 * {@code start()} (PROCESS_SPAWNED) to the first event the first worker sent from its own process.
 */
final class RunFigures {
    private final Map<String, Long> spawned = new LinkedHashMap<>();
    private final Map<String, Long> firstOwnEvent = new HashMap<>();
    private HostResult result;
    private String problem;
    private long events;
    private Integer exitCode;

    synchronized void accept(HostMessage message) {
        if (message instanceof HostMessage.EventLine) {
            accept(((HostMessage.EventLine) message).event());
        } else if (message instanceof HostMessage.Result) {
            result = ((HostMessage.Result) message).result();
        } else if (message instanceof HostMessage.Warning && problem == null) {
            problem = ((HostMessage.Warning) message).text();
        } else if (message instanceof HostMessage.Exited) {
            exitCode = ((HostMessage.Exited) message).exitCode();
        }
    }

    private void accept(Event e) {
        events++;
        if (e.worker() == null || "main".equals(e.worker())) {
            return;
        }
        String key = e.worker() + "#" + e.pid();
        if (e.type() == EventType.PROCESS_SPAWNED) {
            spawned.merge(key, e.timeNanos(), Math::min);
        } else if (e.type() != EventType.PROCESS_EXITED) {
            // Events arrive per connection, not in time order: keep the earliest.
            firstOwnEvent.merge(key, e.timeNanos(), Math::min);
        }
    }

    /** Milliseconds from the first worker's start() to its first own event; empty when no worker said anything. */
    synchronized OptionalDouble startupMillis() {
        String first = null;
        for (Map.Entry<String, Long> s : spawned.entrySet()) {
            if (first == null || s.getValue() < spawned.get(first)) {
                first = s.getKey();
            }
        }
        Long own = first == null ? null : firstOwnEvent.get(first);
        return own == null ? OptionalDouble.empty() : OptionalDouble.of((own - spawned.get(first)) / 1e6);
    }

    synchronized Map<String, String> reports() {
        return result == null ? Map.of() : new LinkedHashMap<>(result.reports());
    }

    /** The run's wall time as its result line says, or -1 without one. */
    synchronized long millis() {
        return result == null ? -1 : result.millis();
    }

    synchronized int workers() {
        return result == null ? spawned.size() : result.workers().size();
    }

    synchronized long events() {
        return events;
    }

    synchronized boolean ok() {
        return result != null && result.ok() && exitCode != null && exitCode == 0;
    }

    /** Why the run failed, in a line: its error, its first warning, or its exit code. */
    synchronized String failure() {
        if (result != null && result.error() != null) {
            return result.error();
        }
        return problem != null ? problem : "exit code " + exitCode;
    }
}
