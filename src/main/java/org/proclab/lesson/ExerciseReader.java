package org.proclab.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proclab.runtime.event.EventType;

/** Reads the exercises a chapter lists in {@code "exercises": [..]} from its {@code exercises/} folder. */
final class ExerciseReader {
    private static final Set<String> KEYS = Set.of("title", "task", "class", "source", "params", "check");
    private static final Set<String> CHECK_KEYS = Set.of("runs", "reports", "output", "workers", "workersJoined",
            "notSlowerThan", "events");

    private final LessonSource source;

    ExerciseReader(LessonSource source) {
        this.source = source;
    }

    List<Exercise> read(String chapterId, JsonNode list, JsonReading chapterJson) throws LessonFormatException {
        List<Exercise> exercises = new ArrayList<>();
        if (list == null || list.isNull()) {
            return exercises;
        }
        if (!list.isArray()) {
            throw chapterJson.problem("\"exercises\" must be an array of names such as [\"no-lost\"]");
        }
        for (JsonNode name : list) {
            exercises.add(one(chapterId, name.asText()));
        }
        return exercises;
    }

    private Exercise one(String chapterId, String id) throws LessonFormatException {
        String file = chapterId + "/exercises/" + id + ".json";
        JsonReading json = new JsonReading(source.describe(file));
        JsonNode root = json.parseObject(source.read(file));
        json.onlyKeys(root, "", KEYS);
        String className = json.requiredText(root, "class", "");
        String sourceFile = json.requiredText(root, "source", "");
        String simple = className.substring(className.lastIndexOf('.') + 1);
        if (!sourceFile.equals(simple + ".java")) {
            throw json.problem("\"source\" is \"" + sourceFile + "\" but the class " + className + " lives in "
                    + simple + ".java");
        }
        String start = source.read(chapterId + "/exercises/" + sourceFile);
        JsonNode check = root.get("check");
        if (check == null || !check.isObject()) {
            throw json.problem("\"check\" must be an object, e.g. {\"runs\": 5, \"reports\": {\"lost\": \"== 0\"}}");
        }
        return new Exercise(id, json.languages(root, "title", ""), json.languages(root, "task", ""), className,
                sourceFile, start, strings(root.get("params")), check(check, json));
    }

    private static ExerciseCheck check(JsonNode node, JsonReading json) throws LessonFormatException {
        json.onlyKeys(node, "check: ", CHECK_KEYS);
        Map<String, YesCondition> reports = conditions(node.get("reports"), "report", json);
        Map<String, YesCondition> events = conditions(node.get("events"), "event count", json);
        for (String type : events.keySet()) {
            try {
                EventType.valueOf(type);
            } catch (IllegalArgumentException ex) {
                throw json.problem("check: unknown event type \"" + type + "\"");
            }
        }
        List<String> output = new ArrayList<>();
        JsonNode lines = node.get("output");
        if (lines != null) {
            lines.forEach(line -> output.add(line.asText()));
        }
        ExerciseCheck.Reference reference = null;
        JsonNode slower = node.get("notSlowerThan");
        if (slower != null && !slower.isNull()) {
            reference = new ExerciseCheck.Reference(strings(slower.get("params")),
                    slower.path("factor").asDouble(1.5));
        }
        int runs = node.path("runs").asInt(1);
        if (runs < 1 || runs > 100) {
            throw json.problem("check: \"runs\" must be from 1 to 100");
        }
        return new ExerciseCheck(runs, reports, output, node.path("workers").asInt(-1),
                node.path("workersJoined").asBoolean(false), reference, events);
    }

    private static Map<String, YesCondition> conditions(JsonNode node, String what, JsonReading json)
            throws LessonFormatException {
        Map<String, YesCondition> conditions = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : strings(node).entrySet()) {
            conditions.put(e.getKey(), YesCondition.parse(e.getValue()).orElseThrow(() -> json.problem(
                    "check: " + what + " \"" + e.getKey() + "\" needs a condition such as \"== 0\"; got \""
                            + e.getValue() + "\"")));
        }
        return conditions;
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                map.put(f.getKey(), f.getValue().asText());
            }
        }
        return map;
    }
}
