package org.proclab.python;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.proclab.runtime.event.Event;

import java.io.PrintStream;

/**
 * A Python run as JSON lines, in the format of {@code proclab run ID --json}: one line per event (with the
 * Python process's CPU as {@code "cpu"}), then {@code {"type":"result",...}} with {@code "language":"python"}.
 */
final class PythonJsonPrinter implements PythonRunListener {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final PrintStream out;

    PythonJsonPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void event(Event e, int cpu) {
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
        if (cpu >= 0) node.put("cpu", cpu);
        out.println(node);
        out.flush();
    }

    synchronized void result(String lesson, PythonOutcome outcome) {
        out.println(resultJson(lesson, outcome));
        out.flush();
    }

    static String resultJson(String lesson, PythonOutcome outcome) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", "result");
        node.put("lesson", lesson);
        node.put("language", "python");
        node.put("ok", outcome.ok());
        node.put("status", outcome.status().name());
        if (outcome.error() != null) {
            node.put("error", outcome.error());
        }
        if (outcome.exception() != null) {
            ObjectNode exception = node.putObject("exception");
            exception.put("type", outcome.exception().exception());
            exception.put("message", outcome.exception().message());
            exception.put("file", outcome.exception().file());
            exception.put("line", outcome.exception().line());
            exception.put("traceback", outcome.exception().traceback());
        }
        if (outcome.python() != null) {
            node.put("python", outcome.python());
        }
        node.put("ms", outcome.millis());
        ObjectNode params = node.putObject("params");
        outcome.params().forEach(params::put);
        ArrayNode workers = node.putArray("workers");
        for (PythonWorker worker : outcome.workers()) {
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
        outcome.reports().forEach(reports::put);
        if (outcome.lost() != null) {
            node.put("expected", outcome.expected());
            node.put("final", outcome.finalValue());
            node.put("lost", outcome.lost());
        }
        return node.toString();
    }
}
