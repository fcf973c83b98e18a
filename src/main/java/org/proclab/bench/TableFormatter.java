package org.proclab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The result table as aligned text: workload, ProcLab median, Python median (which start method), ratio, goal. */
public final class TableFormatter {
    private static final String[] HEADER = {"workload", "ProcLab", "Python", "Py method", "PL/Py", "goal", "status"};

    private TableFormatter() {
    }

    public static String format(List<RowResult> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADER);
        for (RowResult row : rows) {
            if (row.hasData()) {
                cells.add(cellsOf(row));
            }
        }
        int[] widths = new int[HEADER.length];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            appendLine(out, cells.get(r), widths);
            if (r == 0) {
                String[] rule = new String[HEADER.length];
                for (int i = 0; i < rule.length; i++) {
                    rule[i] = "-".repeat(widths[i]);
                }
                appendLine(out, rule, widths);
            }
        }
        return out.toString();
    }

    static String[] cellsOf(RowResult row) {
        Unit unit = row.spec().unit();
        String label = row.spec().label() + (row.proclabNote() == null ? "" : " [" + row.proclabNote() + "]");
        return new String[] {
            label,
            row.proclab() == null ? "—" : unit.format(row.proclab().median()),
            row.python() == null ? "—" : unit.format(row.python().median()),
            row.python() == null || row.pythonNote() == null ? "" : row.pythonNote(),
            row.ratio() == null ? "—" : String.format(Locale.ROOT, "%.2f×", row.ratio()),
            row.spec().goal() == null ? "" : row.spec().goal().describe(),
            row.status()
        };
    }

    private static void appendLine(StringBuilder out, String[] line, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < line.length; i++) {
            boolean numeric = i == 1 || i == 2 || i == 4;
            text.append(pad(line[i], widths[i], numeric)).append("  ");
        }
        out.append(text.toString().stripTrailing()).append('\n');
    }

    private static String pad(String text, int width, boolean right) {
        String space = " ".repeat(Math.max(0, width - text.length()));
        return right ? space + text : text + space;
    }
}
