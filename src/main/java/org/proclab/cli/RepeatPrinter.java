package org.proclab.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.proclab.host.wire.HostLineCodec;
import org.proclab.host.wire.HostMessage;
import org.proclab.host.wire.HostResult;
import org.proclab.lesson.outcome.OutcomeGrader;

/**
 * What {@code run --repeat N} prints: a line per repetition (the app moves its progress bar on each), then
 * the histogram. With --json: {@code {"type":"repeat","run":i,"outcome":..,"expected":..,"final":..,
 * "lost":..,"grade":..,"ms":..}} per repetition and a last {@code {"type":"result",...,"histogram":{..}}}.
 */
final class RepeatPrinter {
    private final PrintStream out;
    private final boolean json;

    RepeatPrinter(PrintStream out, boolean json) {
        this.out = out;
        this.json = json;
    }

    void repetition(HostMessage.Repeat r) {
        if (json) {
            out.println(HostLineCodec.repeat(r));
        } else {
            String what = r.lost() != null ? "final " + r.finalValue() + " of " + r.expected() + ", lost " + r.lost()
                    : "outcome " + r.outcome();
            out.println("run " + r.run() + ": " + what + (r.grade() == null ? "" : " (" + r.grade() + ")")
                    + " in " + r.millis() + " ms");
        }
        out.flush();
    }

    void result(RepeatRun.Summary s) {
        if (json) {
            out.println(resultJson(s));
        } else {
            out.println();
            out.println("-- " + s.lesson() + ": " + s.runs() + " runs in " + s.millis() + " ms"
                    + (s.ok() ? "" : ", stopped: " + s.error()) + " --");
            s.grader().ifPresent(g -> out.println("expected " + g.expected() + "; lock=" + g.lockMode()
                    + (g.racy() ? " can lose updates, down to a final value of " + g.minimum()
                            : " loses no update, so any other value is a ProcLab bug")));
            for (Map.Entry<String, Integer> e : s.histogram().entrySet()) {
                String grade = gradeOf(s, e.getKey());
                out.println(String.format(Locale.ROOT, "  %12s  x%-5d %5.1f%%%s", e.getKey(), e.getValue(),
                        100.0 * e.getValue() / Math.max(1, s.runs()), grade == null ? "" : "  " + grade));
            }
        }
        out.flush();
    }

    static String resultJson(RepeatRun.Summary s) {
        Map<String, Long> figures = new LinkedHashMap<>();
        Map<String, String> grades = new LinkedHashMap<>();
        String lockMode = null;
        if (s.grader().isPresent()) {
            OutcomeGrader g = s.grader().get();
            lockMode = g.lockMode();
            figures.put("expected", g.expected());
            figures.put("minimum", g.minimum());
            s.histogram().keySet().forEach(value -> grades.put(value, gradeOf(s, value)));
        }
        HostResult.Repeated repeated = new HostResult.Repeated(s.runs(), lockMode, s.histogram(), grades);
        return HostLineCodec.result(new HostResult(s.lesson(), s.ok(), s.error(), s.millis(), s.params(), List.of(),
                Map.of(), figures, repeated, null));
    }

    private static String gradeOf(RepeatRun.Summary s, String value) {
        if (s.grader().isEmpty()) {
            return null;
        }
        try {
            return s.grader().get().grade(Long.parseLong(value.trim())).key();
        } catch (NumberFormatException ex) {
            return "forbidden";   // the race's final value is always a whole number
        }
    }
}
