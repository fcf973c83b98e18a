package org.proclab.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.proclab.fold.WorkerTracker;
import org.proclab.host.wire.HostLineCodec;
import org.proclab.host.wire.HostResult;
import org.proclab.lesson.Chapter;
import org.proclab.runtime.event.Event;

/**
 * For the app and scripts: every event as one JSON line (flushed at once, so a reader sees it live), then a
 * last line {@code {"type":"result",...}}, both written by {@link HostLineCodec}. A chapter that declares
 * its outcome also gets expected, final and lost as numbers.
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
        out.println(HostLineCodec.event(event));
        out.flush();
    }

    @Override
    public synchronized void result(Chapter chapter, RunOutcome outcome) {
        out.println(HostLineCodec.result(result(chapter.id(), outcome)));
        out.flush();
    }

    static HostResult result(String lesson, RunOutcome outcome) {
        List<HostResult.WorkerSummary> workers = new ArrayList<>();
        for (WorkerTracker.Worker w : outcome.workers()) {
            workers.add(new HostResult.WorkerSummary(w.name(), w.pid(), w.exitCode()));
        }
        return HostResult.single(lesson, outcome.ok(), outcome.error(), outcome.millis(), outcome.params(),
                workers, outcome.reports(), outcome.figures().figures());
    }
}
