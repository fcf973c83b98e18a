package org.proclab.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The whole text output: machine line, table, notes, errors. */
final class TextReport {
    private TextReport() {
    }

    static String render(Map<String, String> machine, List<RowResult> rows, Results results, double wallSeconds) {
        StringBuilder out = new StringBuilder();
        String method = machine.getOrDefault("pythonDefaultStartMethod", "");
        out.append(String.format(Locale.ROOT, "ProcLab bench: %s cores, %s; %s; %s%s%n",
                machine.get("cores"), machine.get("cpu"), machine.get("java"), machine.get("python"),
                method.isEmpty() ? "" : " (default start method " + method + ")"));
        out.append("Load average (1/5/15 min) at the start: ").append(machine.get("loadAverageAtStart"))
                .append(", at the end: ").append(machine.get("loadAverage"))
                .append(" — above the number of cores means other work shared the machine.\n");
        out.append("Medians; PL/Py = ProcLab figure / Python figure (times: lower is better; rates and"
                + " speed-ups: higher is better).\n\n");
        out.append("ProcLab runs in this JVM as the learner's main process. \"new JVM\" = the runtime's default, a"
                + " worker JVM started by start()/new Pool(); \"standby up\" = ProcLabRuntime.prewarm(n) workers were"
                + " up before the clock started (Python's forkserver does the same). Pool maps and applyAsync use new"
                + " JVMs.\n\n");
        out.append(TableFormatter.format(rows));
        List<String> notes = results.notes();
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("note: ").append(n).append('\n'));
        }
        Map<String, String> errors = results.errors();
        if (!errors.isEmpty()) {
            out.append('\n');
            errors.forEach((what, why) -> out.append("FAILED ").append(what).append(": ").append(why).append('\n'));
        }
        out.append(String.format(Locale.ROOT, "%nwall time %.0f s%n", wallSeconds));
        return out.toString();
    }
}
