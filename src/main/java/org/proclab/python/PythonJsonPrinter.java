package org.proclab.python;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proclab.host.wire.HostLineCodec;
import org.proclab.host.wire.HostResult;
import org.proclab.runtime.event.Event;

/**
 * A Python run as JSON lines, in the format of {@code proclab run ID --json}: one line per event, written by
 * {@link HostLineCodec} like a Java run's, then {@code {"type":"result",...}} with {@code "language":"python"}.
 */
final class PythonJsonPrinter implements PythonRunListener {
    private final PrintStream out;

    PythonJsonPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void event(Event e, int cpu) {
        // The same line as a Java run's event: the window's lanes sample each pid's CPU number themselves.
        out.println(HostLineCodec.event(e));
        out.flush();
    }

    synchronized void result(String lesson, PythonOutcome outcome) {
        out.println(resultJson(lesson, outcome));
        out.flush();
    }

    static String resultJson(String lesson, PythonOutcome outcome) {
        List<HostResult.WorkerSummary> workers = new ArrayList<>();
        for (PythonWorker worker : outcome.workers()) {
            workers.add(new HostResult.WorkerSummary(worker.name(), worker.pid(), worker.exitCode()));
        }
        Map<String, Long> figures = new LinkedHashMap<>();
        if (outcome.lost() != null) {
            figures.put("expected", outcome.expected());
            figures.put("final", outcome.finalValue());
            figures.put("lost", outcome.lost());
        }
        HostResult result = new HostResult(lesson, outcome.ok(), outcome.error(), outcome.millis(),
                outcome.params(), workers, outcome.reports(), figures, null, null);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("language", "python");
        extra.put("status", outcome.status().name());
        extra.put("python", outcome.python());
        if (outcome.exception() != null) {
            Map<String, Object> exception = new LinkedHashMap<>();
            exception.put("type", outcome.exception().exception());
            exception.put("message", outcome.exception().message());
            exception.put("file", outcome.exception().file());
            exception.put("line", outcome.exception().line());
            exception.put("traceback", outcome.exception().traceback());
            extra.put("exception", exception);
        }
        return HostLineCodec.result(result, extra);
    }
}
