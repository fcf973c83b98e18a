package org.proclab.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Small helpers for reading lesson metadata with messages a teacher can act on: each names the file and,
 * where it can, the field ({@code params[1].max}) and what was expected.
 */
final class JsonReading {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String file;

    JsonReading(String file) {
        this.file = file;
    }

    LessonFormatException problem(String what) {
        return new LessonFormatException(file, what);
    }

    JsonNode parseObject(String text) throws LessonFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException ex) {
            JsonLocation at = ex.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw problem("malformed JSON" + where + ": " + ex.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw problem("must hold one JSON object { ... }");
        }
        return root;
    }

    /** A typo in a key would otherwise be silently ignored, and the chapter would quietly lose a setting. */
    void onlyKeys(JsonNode node, String where, Set<String> allowed) throws LessonFormatException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw problem(where + "unknown key \"" + name + "\"; allowed: " + String.join(", ", allowed));
            }
        }
    }

    String requiredText(JsonNode node, String field, String where) throws LessonFormatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw problem(where + "\"" + field + "\" is missing");
        }
        if (!value.isTextual() && !value.isNumber() && !value.isBoolean()) {
            throw problem(where + "\"" + field + "\" must be text");
        }
        String text = value.asText().trim();
        if (text.isEmpty()) {
            throw problem(where + "\"" + field + "\" is empty");
        }
        return text;
    }

    /** An object with a non-empty text for every language, e.g. {@code {"en": "...", "zh": "..."}}. */
    Map<Lang, String> languages(JsonNode node, String field, String where) throws LessonFormatException {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw problem(where + "\"" + field + "\" must be an object with \"en\" and \"zh\" texts");
        }
        Map<Lang, String> texts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            texts.put(lang, requiredText(value, lang.code(), where + field + "."));
        }
        return texts;
    }
}
