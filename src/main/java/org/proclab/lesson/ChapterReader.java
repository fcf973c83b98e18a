package org.proclab.lesson;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads one chapter folder: chapter.json, the two lesson texts and the example source. */
final class ChapterReader {
    static final String METADATA = "chapter.json";
    private static final Set<String> KEYS = Set.of("title", "example", "source", "views", "params", "question",
            "outcome", "presets", "labels", "focus", "exercises", "kind");
    private static final Set<String> OUTCOME_KEYS = Set.of("expected", "final");
    private static final Set<String> QUESTION_KEYS = Set.of("en", "zh", "answer", "reveal", "yes", "set");
    private static final String CLASS_NAME = "[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*";

    private final LessonSource source;

    ChapterReader(LessonSource source) {
        this.source = source;
    }

    Chapter read(String id) throws LessonFormatException {
        String metadataFile = id + "/" + METADATA;
        JsonReading json = new JsonReading(source.describe(metadataFile));
        JsonNode root = json.parseObject(source.read(metadataFile));
        json.onlyKeys(root, "", KEYS);

        Map<Lang, String> title = json.languages(root, "title", "");
        String exampleClass = json.requiredText(root, "example", "");
        if (!exampleClass.matches(CLASS_NAME)) {
            throw json.problem("\"example\" must be a Java class name like org.proclab.lessons.QueueExample");
        }
        String sourceFile = json.requiredText(root, "source", "");
        String simpleName = exampleClass.substring(exampleClass.lastIndexOf('.') + 1);
        if (!sourceFile.equals(simpleName + ".java")) {
            throw json.problem("\"source\" is \"" + sourceFile + "\" but the example class " + exampleClass
                    + " lives in " + simpleName + ".java");
        }
        String exampleSource = source.read(id + "/" + sourceFile);
        Set<ViewKind> views = views(root.get("views"), json);
        List<ParamSpec> params = new ParamSpecReader(json).read(root.get("params"));
        SettingsReader settings = new SettingsReader(json, params);
        Question question = question(root.get("question"), json, settings);
        OutcomeSpec outcome = outcome(root.get("outcome"), json);
        List<Preset> presets = settings.presets(root.get("presets"));
        Map<String, Map<Lang, String>> labels = labels(root.get("labels"), json);

        Map<Lang, String> markdown = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            String file = id + "/lesson." + lang.code() + ".md";
            String text = source.read(file);
            if (text.isBlank()) {
                throw new LessonFormatException(source.describe(file), "is empty");
            }
            markdown.put(lang, text);
        }
        String focus = root.hasNonNull("focus") ? root.get("focus").asText() : null;
        List<Exercise> exercises = new ExerciseReader(source).read(id, root.get("exercises"), json);
        return new Chapter(id, title, markdown, exampleClass, exampleSource, params, views, sourceFile, question,
                outcome, presets, labels, focus, exercises, kind(root, json));
    }

    /** {@code "kind": "scratch"} marks the page for the learner's own program; a chapter needs no kind. */
    private static boolean kind(JsonNode root, JsonReading json) throws LessonFormatException {
        JsonNode kind = root.get("kind");
        if (kind == null || kind.isNull() || "chapter".equals(kind.asText())) {
            return false;
        }
        if (!"scratch".equals(kind.asText())) {
            throw json.problem("\"kind\" must be \"chapter\" or \"scratch\"; got " + kind);
        }
        return true;
    }

    private static Set<ViewKind> views(JsonNode node, JsonReading json) throws LessonFormatException {
        Set<ViewKind> views = EnumSet.noneOf(ViewKind.class);
        if (node == null || node.isNull()) {
            return views;
        }
        if (!node.isArray()) {
            throw json.problem("\"views\" must be an array such as [\"cores\", \"console\"]");
        }
        for (JsonNode view : node) {
            String key = view.asText();
            try {
                views.add(ViewKind.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException ex) {
                throw json.problem("unknown view \"" + key
                        + "\"; allowed: cores, lanes, value-timeline, pool-tasks, speed, console, step, outcomes");
            }
        }
        return views;
    }

    private static OutcomeSpec outcome(JsonNode node, JsonReading json) throws LessonFormatException {
        if (node == null || node.isNull()) {
            return OutcomeSpec.NONE;
        }
        if (!node.isObject()) {
            throw json.problem("\"outcome\" must be an object such as {\"expected\": \"expected\", \"final\": \"final\"}");
        }
        json.onlyKeys(node, "outcome: ", OUTCOME_KEYS);
        return new OutcomeSpec(json.requiredText(node, "expected", "outcome: "),
                json.requiredText(node, "final", "outcome: "));
    }

    /** {@code "labels": {"lost": {"en": "updates lost", "zh": "丢失的更新"}}}: report keys in words. */
    private static Map<String, Map<Lang, String>> labels(JsonNode node, JsonReading json)
            throws LessonFormatException {
        Map<String, Map<Lang, String>> labels = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return labels;
        }
        if (!node.isObject()) {
            throw json.problem("\"labels\" must map report names to {\"en\": ..., \"zh\": ...}");
        }
        Iterator<String> keys = node.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            labels.put(key, json.languages(node, key, "labels: "));
        }
        return labels;
    }

    private static Question question(JsonNode node, JsonReading json, SettingsReader settings)
            throws LessonFormatException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw json.problem("\"question\" must be an object");
        }
        json.onlyKeys(node, "question: ", QUESTION_KEYS);
        Map<Lang, String> text = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            text.put(lang, json.requiredText(node, lang.code(), "question: "));
        }
        Map<Lang, String> answer = json.languages(node, "answer", "question: ");
        JsonNode reveal = node.get("reveal");
        String revealKey = reveal == null || reveal.isNull() ? null : reveal.asText();
        JsonNode yes = node.get("yes");
        YesCondition condition = null;
        if (yes != null && !yes.isNull()) {
            condition = YesCondition.parse(yes.asText()).orElseThrow(() -> json.problem("question: \"yes\" must"
                    + " compare the revealed figure with a number, such as \"== 0\" or \"> 1.2\"; got \""
                    + yes.asText() + "\""));
            if (revealKey == null) {
                throw json.problem("question: \"yes\" needs \"reveal\", the figure it judges");
            }
        }
        return new Question(text, answer, revealKey, condition, settings.settings(node.get("set"), "question: "));
    }
}
