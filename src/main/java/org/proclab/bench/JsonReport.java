package org.proclab.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/** The run as one JSON object: machine, options, every row with both sides' medians and samples, notes, errors. */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {
    }

    public static ObjectNode build(BenchOptions options, Map<String, String> machine, List<RowResult> rows,
                                   Results results, double wallSeconds) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode m = root.putObject("machine");
        machine.forEach(m::put);
        ObjectNode o = root.putObject("options");
        o.put("quick", options.quick());
        o.put("reps", options.reps());
        ArrayNode only = o.putArray("only");
        options.only().forEach(only::add);
        ArrayNode out = root.putArray("rows");
        for (RowResult row : rows) {
            if (row.hasData()) {
                out.add(row(row));
            }
        }
        ArrayNode notes = root.putArray("notes");
        results.notes().forEach(notes::add);
        ObjectNode errors = root.putObject("errors");
        results.errors().forEach(errors::put);
        root.put("wallSeconds", wallSeconds);
        return root;
    }

    static ObjectNode row(RowResult row) {
        ObjectNode node = MAPPER.createObjectNode();
        RowSpec spec = row.spec();
        node.put("id", spec.id());
        node.put("workload", spec.workload());
        node.put("label", spec.label());
        node.put("unit", switch (spec.unit()) {
            case SECONDS -> "seconds";
            case RATE -> "per_second";
            case FACTOR -> "factor";
        });
        side(node, "proclab", row.proclab(), row.proclabNote());
        side(node, "python", row.python(), row.pythonNote());
        if (row.ratio() == null) {
            node.putNull("ratio");
        } else {
            node.put("ratio", row.ratio());
        }
        if (spec.goal() != null) {
            ObjectNode goal = node.putObject("goal");
            goal.put("text", spec.goal().describe());
            goal.put("on", spec.goal().vsPython() ? "ratio" : "proclab");
            goal.put("atMost", spec.goal().atMost());
            goal.put("threshold", spec.goal().threshold());
            goal.put("status", row.status());
        }
        return node;
    }

    private static void side(ObjectNode parent, String name, Stats stats, String note) {
        if (stats == null) {
            parent.putNull(name);
            return;
        }
        ObjectNode s = parent.putObject(name);
        s.put("median", stats.median());
        s.put("min", stats.min());
        s.put("max", stats.max());
        s.put("samples", stats.count());
        if (note != null) {
            s.put("note", note);
        }
    }
}
