package org.proclab.python;

import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The workers and reports of a Python run, gathered from its events as they pass (on several threads). */
final class PythonRecord {
    private final Map<String, PythonWorker> workers = new LinkedHashMap<>();
    private final Map<String, String> reports = new LinkedHashMap<>();

    synchronized void accept(Event event) {
        if (event.type() == EventType.REPORT) {
            reports.put(event.subject(), event.newValue());
            return;
        }
        boolean lifecycle = event.type() == EventType.PROCESS_SPAWNED || event.type() == EventType.PROCESS_STARTED
                || event.type() == EventType.PROCESS_EXITED;
        if (!lifecycle || event.worker() == null || event.worker().equals("main")) {
            return;
        }
        // Worker names repeat across pools and runs of a Process subclass; the pid tells them apart.
        String key = event.worker() + "#" + event.pid();
        PythonWorker known = workers.get(key);
        Integer exitCode = event.type() == EventType.PROCESS_EXITED ? Integer.valueOf((int) event.index())
                : known == null ? null : known.exitCode();
        workers.put(key, new PythonWorker(event.worker(), event.pid(), exitCode));
    }

    synchronized List<PythonWorker> workers() {
        return new ArrayList<>(workers.values());
    }

    synchronized Map<String, String> reports() {
        return new LinkedHashMap<>(reports);
    }
}
