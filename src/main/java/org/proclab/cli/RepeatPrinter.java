package org.proclab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import org.proclab.lesson.outcome.OutcomeGrader;
import org.proclab.runtime.event.EventJson;

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

    void repetition(RepeatRun.Repetition r) {
        if (json) {
            ObjectNode node = EventJson.mapper().createObjectNode();
            node.put("type", "repeat");
            node.put("run", r.run());
            if (r.outcome() != null) {
                node.put("outcome", r.outcome());
            }
            if (r.lost() != null) {
                node.put("expected", r.expected());
                node.put("final", r.finalValue());
                node.put("lost", r.lost());
            }
            if (r.grade() != null) {
                node.put("grade", r.grade().key());
            }
            node.put("ms", r.millis());
            out.println(node);
        } else {
            String what = r.lost() != null ? "final " + r.finalValue() + " of " + r.expected() + ", lost " + r.lost()
                    : "outcome " + r.outcome();
            out.println("run " + r.run() + ": " + what + (r.grade() == null ? "" : " (" + r.grade().key() + ")")
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
        ObjectNode node = EventJson.mapper().createObjectNode();
        node.put("type", "result");
        node.put("lesson", s.lesson());
        node.put("ok", s.ok());
        if (s.error() != null) {
            node.put("error", s.error());
        }
        node.put("runs", s.runs());
        node.put("ms", s.millis());
        ObjectNode params = node.putObject("params");
        s.params().forEach(params::put);
        if (s.grader().isPresent()) {
            OutcomeGrader g = s.grader().get();
            node.put("lockMode", g.lockMode());
            node.put("expected", g.expected());
            node.put("minimum", g.minimum());
        }
        ObjectNode histogram = node.putObject("histogram");
        s.histogram().forEach(histogram::put);
        if (s.grader().isPresent()) {
            ObjectNode grades = node.putObject("grades");
            s.histogram().keySet().forEach(value -> grades.put(value, gradeOf(s, value)));
        }
        return node.toString();
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
