package org.proclab.python;

import org.proclab.lesson.Chapter;
import org.proclab.lesson.Lang;
import org.proclab.lesson.Question;
import org.proclab.runtime.event.Event;

import java.io.PrintStream;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A Python run for a terminal, in the format of the Java run ({@code proclab run ID}): output lines tagged
 * {@code [worker pid N]}, the question first, a summary with workers, reports and the answer after.
 */
final class PythonTextPrinter implements PythonRunListener {
    private final PrintStream out;
    private final PrintStream err;

    PythonTextPrinter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    synchronized void header(Chapter chapter, Map<String, String> params) {
        out.println("== " + chapter.title(Lang.EN) + " (" + chapter.id() + ", Python) ==");
        if (!params.isEmpty()) {
            StringJoiner line = new StringJoiner(" ");
            params.forEach((name, value) -> line.add(name + "=" + value));
            out.println("params: " + line);
        }
        Question question = chapter.question();
        if (question != null) {
            out.println("Predict first: " + question.text(Lang.EN));
        }
        out.println();
        out.flush();
    }

    @Override
    public synchronized void event(Event event, int cpu) {
        String tag = "[" + event.worker() + " pid " + event.pid() + "] ";
        switch (event.type()) {
            case OUTPUT:
                ("stderr".equals(event.subject()) ? err : out).println(tag + event.text());
                break;
            case WARNING:
                err.println(tag + "warning: " + event.text());
                break;
            case PROCESS_EXITED:
                if (event.index() != 0) {
                    err.println(tag + "exited with code " + event.index()
                            + (event.text() == null ? "" : " (" + event.text() + ")"));
                }
                break;
            default:
                return;
        }
        out.flush();
    }

    synchronized void result(Chapter chapter, PythonOutcome outcome) {
        out.println();
        out.println("-- summary: " + chapter.id() + " " + (outcome.ok() ? "ok" : "FAILED") + " (" + outcome.millis()
                + " ms" + (outcome.python() == null ? "" : ", " + outcome.python()) + ") --");
        if (outcome.error() != null) {
            out.println("error: " + outcome.error());
        }
        out.println("workers:" + (outcome.workers().isEmpty() ? " -" : ""));
        for (PythonWorker worker : outcome.workers()) {
            out.println("  " + worker.name() + "  pid " + worker.pid() + "  exit code "
                    + (worker.exitCode() == null ? "?" : worker.exitCode()));
        }
        if (!outcome.reports().isEmpty()) {
            out.println("reports:");
            outcome.reports().forEach((key, value) -> out.println("  " + key + " = " + value));
        }
        if (outcome.lost() != null) {
            out.println("expected " + outcome.expected() + ", final " + outcome.finalValue() + ", lost " + outcome.lost());
        }
        Question question = chapter.question();
        if (question != null && outcome.ok()) {
            String real = question.reveal() == null ? null : outcome.reports().get(question.reveal());
            out.println("Answer: " + question.answer(Lang.EN) + (real == null ? "" : " [" + question.reveal() + " = "
                    + real + "]"));
        }
        out.flush();
    }
}
