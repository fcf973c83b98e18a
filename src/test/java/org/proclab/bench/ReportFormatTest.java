package org.proclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    private static Results sample() {
        Results r = new Results();
        r.addProcLab("queue", 600_000);
        r.addPython("queue", 150_000);
        r.pythonNote("queue", "fork");
        r.addProcLab("map.1000000", 0.2);
        r.addPython("map.1000000", 0.35);
        r.note("a note");
        r.error("ProcLab applyAsync", "boom");
        return r;
    }

    private static List<RowResult> rows(Results r) {
        return Rows.all().stream().map(s -> RowResult.of(s, r)).collect(Collectors.toList());
    }

    @Test
    void tableHasOnlyRowsWithDataAlignedInColumns() {
        String table = TableFormatter.format(rows(sample()));
        String[] lines = table.split("\n");
        assertEquals(4, lines.length, table);
        assertTrue(lines[0].startsWith("workload"));
        assertTrue(lines[1].startsWith("----"));
        assertTrue(lines[2].contains("600 k/s") && lines[2].contains("150 k/s") && lines[2].contains("4.00×")
                && lines[2].contains("met") && lines[2].contains("fork"), lines[2]);
        assertTrue(lines[3].contains("200 ms") && lines[3].contains("0.57×") && lines[3].contains("missed by 1.1×"),
                lines[3]);
        assertEquals(lines[2].indexOf("600 k/s") + "600 k/s".length(),
                lines[3].indexOf("200 ms") + "200 ms".length(), "numbers are right-aligned");
        for (String line : lines) {
            assertEquals(line.stripTrailing(), line);
        }
    }

    @Test
    void textReportListsNotesAndFailures() {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("cores", "2");
        machine.put("cpu", "AMD EPYC");
        String text = TextReport.render(machine, rows(sample()), sample(), 12.3);
        assertTrue(text.contains("2 cores, AMD EPYC"));
        assertTrue(text.contains("note: a note"));
        assertTrue(text.contains("FAILED ProcLab applyAsync: boom"));
    }

    @Test
    void jsonHasTheSameFigures() throws Exception {
        Results r = sample();
        String json = JsonReport.build(BenchOptions.parse(new String[] {"--quick"}), Map.of("cores", "2"), rows(r), r, 3.5)
                .toString();
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("2", root.path("machine").path("cores").asText());
        assertTrue(root.path("options").path("quick").asBoolean());
        JsonNode rowsNode = root.path("rows");
        assertEquals(2, rowsNode.size());
        JsonNode queue = rowsNode.get(0);
        assertEquals("queue", queue.path("id").asText());
        assertEquals("per_second", queue.path("unit").asText());
        assertEquals(600_000, queue.path("proclab").path("median").asDouble(), 1e-6);
        assertEquals("fork", queue.path("python").path("note").asText());
        assertEquals(4.0, queue.path("ratio").asDouble(), 1e-9);
        assertEquals("met", queue.path("goal").path("status").asText());
        assertEquals("boom", root.path("errors").path("ProcLab applyAsync").asText());
        assertEquals(3.5, root.path("wallSeconds").asDouble(), 1e-9);
    }

    @Test
    void rowWithoutPythonHasNullRatio() throws Exception {
        Results r = new Results();
        r.addProcLab("events.cost", 1e-7);
        List<RowResult> rows = rows(r);
        JsonNode node = JsonReport.row(rows.stream().filter(RowResult::hasData).findFirst().orElseThrow());
        assertTrue(node.path("ratio").isNull());
        assertTrue(node.path("python").isNull());
        assertFalse(node.has("goal"));
    }
}
