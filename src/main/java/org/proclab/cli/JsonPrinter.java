package org.proclab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.proclab.lesson.Chapter;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventJson;

import java.io.PrintStream;
import java.util.Map;

/**
 * For the app and scripts: every event as one JSON line (flushed at once, so a reader sees it live), then a
 * last line {@code {"type":"result",...}}. Report values stay strings, as the events carry them, so a
 * 28-digit result keeps every digit; the lock chapter's expected, final and lost are also given as numbers.
 */
final class JsonPrinter implements RunPrinter {
    private final PrintStream out;

    JsonPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void header(Chapter chapter, Map<String, String> params) {
        // The events say it all; the app already knows what it asked to run.
    }

    @Override
    public synchronized void event(Event event) {
        out.println(EventJson.toJson(event));
        out.flush();
    }

    @Override
    public synchronized void result(Chapter chapter, RunOutcome outcome) {
        out.println(resultJson(chapter.id(), outcome));
        out.flush();
    }

    static String resultJson(String lesson, RunOutcome outcome) {
        ObjectNode node = EventJson.mapper().createObjectNode();
        node.put("type", "result");
        node.put("lesson", lesson);
        node.put("ok", outcome.ok());
        if (outcome.error() != null) {
            node.put("error", outcome.error());
        }
        node.put("ms", outcome.millis());
        ObjectNode params = node.putObject("params");
        outcome.params().forEach(params::put);
        ArrayNode workers = node.putArray("workers");
        for (RunRecord.Worker worker : outcome.workers()) {
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
