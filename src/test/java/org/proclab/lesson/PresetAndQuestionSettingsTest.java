package org.proclab.lesson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** chapter.json's "presets", a question's "set" and the report "labels", as the loader reads and checks them. */
class PresetAndQuestionSettingsTest {
    @TempDir
    Path dir;

    private String chapterWith(String extra) {
        String json = LessonFixture.chapterJson("org.example.AlphaExample", "AlphaExample.java",
                LessonFixture.paramsJson("\"default\": 3"));
        return json.substring(0, json.lastIndexOf('}')).stripTrailing() + ",\n" + extra + "\n}\n";
    }

    private Course load(String chapterJson) {
        new LessonFixture(dir).course("alpha").chapter("alpha", "org.example.AlphaExample")
                .write("alpha/chapter.json", chapterJson);
        return CourseLoader.load(dir);
    }

    @Test
    void presetsLabelsAndTheQuestionsSettingsAreRead() {
        String json = chapterWith("\"presets\": [{\"label\": {\"en\": \"n = 7\", \"zh\": \"n = 7\"},"
                + " \"set\": {\"n\": \"7\"}}],\n\"labels\": {\"total\": {\"en\": \"the total\", \"zh\": \"总和\"}}")
                .replace("\"reveal\": \"total\"", "\"reveal\": \"total\", \"set\": {\"n\": \"1_0\"}");

        Course course = load(json);
        assertEquals(List.of(), course.problems());
        Chapter alpha = course.chapter("alpha").orElseThrow();

        assertEquals(1, alpha.presets().size());
        assertEquals("n = 7", alpha.presets().get(0).label(Lang.EN));
        assertEquals(Map.of("n", "7"), alpha.presets().get(0).settings());
        assertEquals(Map.of("n", "10"), alpha.question().settings(), "normalized like a learner's value");
        assertEquals(Map.of("n", "10"), alpha.paramsWith(alpha.question().settings()));
        assertEquals(Map.of("n", "3"), alpha.paramsWith(Map.of()), "defaults where nothing is set");
        assertEquals("总和", alpha.reportLabel("total", Lang.ZH).orElseThrow());
        assertTrue(alpha.reportLabel("other", Lang.EN).isEmpty());
        assertTrue(alpha.question().askedAbout(Map.of("n", "10")));
        assertFalse(alpha.question().askedAbout(Map.of("n", "3")), "a run from the defaults is another question");
    }

    @Test
    void aSettingThatCouldNotRunIsAProblemWhenTheCourseLoads() {
        assertProblem(chapterWith("\"presets\": [{\"label\": {\"en\": \"a\", \"zh\": \"b\"}, \"set\": {\"m\": \"1\"}}]"),
                "presets[0]: set: \"m\" is not a parameter");
        assertProblem(chapterWith("\"presets\": [{\"label\": {\"en\": \"a\", \"zh\": \"b\"}, \"set\": {\"n\": \"11\"}}]"),
                "presets[0]: set: ");
        assertProblem(chapterWith("\"presets\": [{\"label\": {\"en\": \"a\"}, \"set\": {\"n\": \"1\"}}]"),
                "presets[0]: label.\"zh\" is missing");
        assertProblem(chapterWith("\"presets\": [{\"label\": {\"en\": \"a\", \"zh\": \"b\"}, \"set\": {}}]"),
                "at least one parameter");
        assertProblem(chapterWith("\"labels\": {\"total\": \"the total\"}"), "labels: \"total\" must be an object");
    }

    @Test
    void coresInASettingIsThisMachinesCoreCountWithinTheRange() {
        Chapter alpha = load(chapterWith("\"presets\": [{\"label\": {\"en\": \"a\", \"zh\": \"b\"},"
                + " \"set\": {\"n\": \"2*cores\"}}]")).chapter("alpha").orElseThrow();

        long twice = 2L * Runtime.getRuntime().availableProcessors();
        assertEquals(String.valueOf(Math.min(10, twice)), alpha.presets().get(0).settings().get("n"));
    }

    private void assertProblem(String chapterJson, String expected) {
        List<String> problems = load(chapterJson).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(expected), problems.get(0));
    }
}
