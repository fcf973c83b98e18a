package org.proclab.python;

import com.fasterxml.jackson.databind.JsonNode;
import org.proclab.lesson.Chapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A chapter's Python counterpart, as {@code lessons/ID/python-map.json} describes it:
 * {@code {"script": "lock_example.py", "pairs": [{"java": "...", "python": "..."}, ...]}}.
 *
 * @param chapterId  the chapter
 * @param scriptName the script's file name in the chapter folder
 * @param source     the script's text
 * @param anchors    the map's pairs as written
 * @param lineMap    the pairs resolved against the chapter's Java example and this script
 */
public record PythonChapter(String chapterId, String scriptName, String source, List<LineAnchor> anchors,
                            PythonLineMap lineMap) {

    /** The chapter's Python counterpart, or empty when it has none. */
    public static Optional<PythonChapter> load(Chapter chapter) {
        Optional<JsonNode> map = mapOf(chapter.id());
        if (map.isEmpty()) {
            return Optional.empty();
        }
        String name = map.get().path("script").asText("");
        Optional<String> source = name.isEmpty() ? Optional.empty() : PythonLessonFiles.read(chapter.id(), name);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        List<LineAnchor> anchors = new ArrayList<>();
        for (JsonNode pair : map.get().path("pairs")) {
            anchors.add(new LineAnchor(pair.path("java").asText(""), pair.path("python").asText("")));
        }
        return Optional.of(new PythonChapter(chapter.id(), name, source.get(), List.copyOf(anchors),
                PythonLineMap.resolve(chapter.exampleSource(), source.get(), anchors)));
    }

    /** The script's file name, from the map; empty when the chapter has no Python counterpart. */
    static Optional<String> scriptName(String chapterId) {
        return mapOf(chapterId).map(node -> node.path("script").asText("")).filter(name -> !name.isEmpty());
    }

    private static Optional<JsonNode> mapOf(String chapterId) {
        return PythonLessonFiles.read(chapterId, PythonLessonFiles.MAP_FILE).map(TraceLineDecoder::parse);
    }
}
