package org.proclab.cli;

import org.proclab.fold.Outcome;
import org.proclab.fold.WorkerTracker;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Lang;
import org.proclab.lesson.Question;
import org.proclab.runtime.event.Event;

import java.io.PrintStream;
import java.util.Map;
import java.util.StringJoiner;

/**
 * For a terminal: each output line tagged with the process it came from ({@code [worker-1 pid 1234] ...}),
 * the chapter's question before the run (predict first!) and a summary with the answer after it.
 */
final class TextPrinter implements RunPrinter {
    private final PrintStream out;
    private final PrintStream err;
    private final Lang lang;

    TextPrinter(PrintStream out, PrintStream err, Lang lang) {
        this.out = out;
        this.err = err;
        this.lang = lang;
    }

    @Override
    public synchronized void header(Chapter chapter, Map<String, String> params) {
        out.println("== " + chapter.title(lang) + " (" + chapter.id() + ") ==");
        if (!params.isEmpty()) {
            StringJoiner line = new StringJoiner(" ");
            params.forEach((name, value) -> line.add(name + "=" + value));
            out.println(label("params", "参数") + ": " + line);
        }
        Question question = chapter.question();
        if (question != null) {
            out.println(label("Predict first", "先猜一猜") + ": " + question.text(lang));
        }
        out.println();
        out.flush();
    }

    @Override
    public synchronized void event(Event event) {
        String tag = "[" + event.worker() + " pid " + event.pid() + "] ";
        switch (event.type()) {
            case OUTPUT:
                ("stderr".equals(event.subject()) ? err : out).println(tag + event.text());
                break;
            case STEP_PAUSED:
                out.println(tag + label("waits to ", "等待执行: ") + event.text()
                        + (event.index() > 0 ? label(" (line ", "（第 ") + event.index() + label(")", " 行）") : "")
                        + label("; type: step ", "；输入: step ") + event.worker());
                break;
            case WARNING:
                err.println(tag + label("warning: ", "警告: ") + event.text());
                break;
            case PROCESS_EXITED:
                if (event.index() != 0) {
                    err.println(tag + label("exited with code ", "退出码 ") + event.index()
                            + (event.text() == null ? "" : " (" + event.text() + ")"));
                }
                break;
            default:
                return;
        }
        out.flush();
    }

    @Override
    public synchronized void result(Chapter chapter, RunOutcome outcome) {
        out.println();
        out.println("-- " + label("summary", "小结") + ": " + chapter.id() + " "
                + (outcome.ok() ? label("ok", "成功") : label("FAILED", "失败")) + " (" + outcome.millis() + " ms) --");
        if (outcome.error() != null) {
            out.println(label("error", "错误") + ": " + outcome.error());
        }
        out.println(label("workers", "工作进程") + ":" + (outcome.workers().isEmpty() ? " -" : ""));
        for (WorkerTracker.Worker worker : outcome.workers()) {
            out.println("  " + worker.name() + "  pid " + worker.pid() + "  " + label("exit code", "退出码") + " "
                    + (worker.exitCode() == null ? "?" : worker.exitCode()));
        }
        if (!outcome.reports().isEmpty()) {
            out.println(label("reports", "报告") + ":");
            outcome.reports().forEach((key, value) -> out.println("  " + key + " = " + value));
        }
        Outcome figures = outcome.figures();
        if (figures.complete()) {
            out.println(label("expected ", "预期 ") + figures.expected() + ", " + label("final ", "实际 ")
                    + figures.finalValue() + ", " + label("lost ", "丢失 ") + figures.lost());
        }
        Question question = chapter.question();
        // The answer belongs to the question's own settings; another run only shows its figures.
        if (question != null && outcome.ok() && question.askedAbout(outcome.params())) {
            String real = question.reveal() == null ? null : outcome.reports().get(question.reveal());
            String name = question.reveal() == null ? null
                    : chapter.reportLabel(question.reveal(), lang).orElse(question.reveal());
            out.println(label("Answer", "答案") + ": " + question.answer(lang)
                    + (real == null ? "" : " [" + name + " = " + real + "]"));
        }
        out.flush();
    }

    private String label(String en, String zh) {
        return lang == Lang.ZH ? zh : en;
    }
}
