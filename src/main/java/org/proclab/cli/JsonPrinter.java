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
 * For the app and scripts: every event as one JSON line (flushed as soon as it is written, so a reader sees it
 * live; written by a {@link LineSender}, so a slow reader never slows the run), then a last line {@code {"type":"result",...}}, both written by {@link HostLineCodec}. A chapter that declares
 * its outcome also gets expected, final and lost as numbers.
 */
final class JsonPrinter implements RunPrinter {
    private final LineSender lines;

    JsonPrinter(PrintStream out) {
        this.lines = new LineSender(out, "proclab-json-lines");
    }

    @Override
    public void header(Chapter chapter, Map<String, String> params) {
        // The events say it all; the app already knows what it asked to run.
    }

    @Override
    public void event(Event event) {
        lines.send(() -> HostLineCodec.event(event));
    }

    /** The last line: written after every event line, and written when this returns. */
    @Override
    public void result(Chapter chapter, RunOutcome outcome) {
        String line = HostLineCodec.result(result(chapter.id(), outcome));
        lines.send(() -> line);
        lines.drain();
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
