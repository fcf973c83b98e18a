package org.proclab.lesson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseLoaderTest {
    @TempDir
    Path dir;

    private LessonFixture twoChapters() {
        return new LessonFixture(dir).course("alpha", "beta")
                .chapter("alpha", "org.example.AlphaExample")
                .chapter("beta", "org.example.BetaExample");
    }

    @Test
    void loadsEveryFieldOfAValidChapterInCourseOrder() {
        Course course = CourseLoader.load(twoChapters().root());

        assertEquals(List.of(), course.problems());
        assertEquals(List.of("alpha", "beta"), course.ids());
        Chapter alpha = course.chapter("alpha").orElseThrow();
        assertEquals("Title of AlphaExample.java", alpha.title(Lang.EN));
        assertEquals("标题", alpha.title(Lang.ZH));
        assertTrue(alpha.markdown(Lang.ZH).contains("一些文字"));
        assertEquals("org.example.AlphaExample", alpha.exampleClass());
        assertEquals("AlphaExample.java", alpha.sourceFile());
        assertEquals("class AlphaExample {}\n", alpha.exampleSource());
        assertEquals(Set.of(ViewKind.CORES, ViewKind.VALUE_TIMELINE, ViewKind.CONSOLE), alpha.views());
        ParamSpec n = alpha.params().get(0);
        assertEquals(new ParamSpec("n", ParamType.INT, "3", 1L, 10L, List.of(), n.help()), n);
        assertEquals("多少个。", n.help(Lang.ZH));
        assertEquals("How much?", alpha.question().text(Lang.EN));
        assertEquals("六。", alpha.question().answer(Lang.ZH));
        assertEquals("total", alpha.question().reveal());
    }

    @Test
    void aMissingFileIsNamedAndTheOtherChaptersStillLoad() {
        twoChapters().delete("alpha/lesson.zh.md");

        Course course = CourseLoader.load(dir);

        assertEquals(List.of("beta"), course.ids());
        assertEquals(List.of(dir.resolve("alpha/lesson.zh.md") + ": file is missing"), course.problems());
    }

    @Test
    void aMissingChapterFolderIsNamed() {
        new LessonFixture(dir).course("alpha", "ghost").chapter("alpha", "org.example.AlphaExample");

        Course course = CourseLoader.load(dir);

        assertEquals(List.of("alpha"), course.ids());
        assertEquals(List.of(dir.resolve("ghost/chapter.json") + ": file is missing"), course.problems());
    }

    @Test
    void malformedJsonGivesTheFileAndTheLine() {
        twoChapters().write("beta/chapter.json", "{\n  \"title\": {\"en\": \"x\", \"zh\": \"y\"},\n  oops\n}");

        Course course = CourseLoader.load(dir);

        assertEquals(List.of("alpha"), course.ids());
        String problem = course.problems().get(0);
        assertTrue(problem.startsWith(dir.resolve("beta/chapter.json") + ": malformed JSON at line 3"), problem);
    }

    @Test
    void aDefaultOutsideTheRangeIsABadSpec() {
        badParams(LessonFixture.paramsJson("\"default\": 11"),
                "params[0] \"n\": default is not valid: n must be from 1 to 10; got 11");
    }

    @Test
    void otherBadSpecsAreExplained() {
        badParams("[{\"name\": \"n\", \"type\": \"int\", \"min\": 5, \"max\": 1, \"default\": 3,"
                + " \"help\": {\"en\": \"a\", \"zh\": \"b\"}}]", "params[0] \"n\": min 5 is greater than max 1");
        badParams("[{\"name\": \"mode\", \"type\": \"choice\", \"choices\": [\"a\", \"b\"], \"default\": \"c\","
                        + " \"help\": {\"en\": \"a\", \"zh\": \"b\"}}]",
                "params[0] \"mode\": default is not valid: mode must be one of a, b; got \"c\"");
        badParams("[{\"name\": \"n\", \"type\": \"float\", \"default\": 3, \"help\": {\"en\": \"a\", \"zh\": \"b\"}}]",
                "params[0] \"n\": type \"float\" is not one of int, long, choice, bool");
        badParams(LessonFixture.paramsJson("\"default\": 3, \"maxx\": 4"),
                "params[0]: unknown key \"maxx\"; allowed: ");
        badParams("[{\"name\": \"n\", \"type\": \"int\", \"min\": 1, \"default\": 3,"
                + " \"help\": {\"en\": \"a\", \"zh\": \"b\"}}]", "params[0] \"n\": \"max\" must be a whole number");
        badParams("[{\"name\": \"n\", \"type\": \"int\", \"min\": 1, \"max\": 9, \"default\": 3,"
                + " \"help\": {\"en\": \"a\"}}]", "params[0] \"n\": help.\"zh\" is missing");
        String twice = LessonFixture.paramsJson("\"default\": 3");
        badParams("[" + twice.substring(1, twice.length() - 1) + ", " + twice.substring(1),
                "params[1]: the name \"n\" is used twice");
    }

    private void badParams(String params, String expectedProblemStart) {
        twoChapters().write("alpha/chapter.json",
                LessonFixture.chapterJson("org.example.AlphaExample", "AlphaExample.java", params));

        Course course = CourseLoader.load(dir);

        assertEquals(List.of("beta"), course.ids());
        String problem = course.problems().get(0);
        String expected = dir.resolve("alpha/chapter.json") + ": " + expectedProblemStart;
        assertTrue(problem.startsWith(expected), "expected <" + expected + "> but was <" + problem + ">");
    }

    @Test
    void unknownViewsKeysAndMismatchedSourcesAreProblems() {
        String good = LessonFixture.chapterJson("org.example.AlphaExample", "AlphaExample.java", "[]");
        assertProblem(good.replace("\"cores\"", "\"core-chart\""), "unknown view \"core-chart\"; allowed: cores,");
        assertProblem(good.replace("\"params\"", "\"parms\""), "unknown key \"parms\"; allowed: ");
        assertProblem(good.replace("\"source\": \"AlphaExample.java\"", "\"source\": \"Other.java\""),
                "\"source\" is \"Other.java\" but the example class org.example.AlphaExample lives in AlphaExample.java");
        assertProblem(good.replace("\"answer\"", "\"answr\""), "question: unknown key \"answr\"");
        assertProblem(good.replace("\"reveal\": \"total\"", "\"reveal\": \"total\", \"yes\": \"about 4\""),
                "question: \"yes\" must compare the revealed figure with a number, such as \"== 0\"");
        assertProblem(good.replace("\"reveal\": \"total\"", "\"yes\": \"== 4\""),
                "question: \"yes\" needs \"reveal\"");
    }

    @Test
    void aYesNoQuestionCarriesItsCondition() {
        twoChapters().write("alpha/chapter.json", LessonFixture.chapterJson("org.example.AlphaExample",
                "AlphaExample.java", "[]").replace("\"reveal\": \"total\"",
                "\"reveal\": \"total\", \"yes\": \">= 6\""));

        Question question = CourseLoader.load(dir).chapter("alpha").orElseThrow().question();

        assertEquals(">= 6", question.yesCondition().orElseThrow().toString());
        assertNull(CourseLoader.load(dir).chapter("beta").orElseThrow().question().yes());
    }

    @Test
    void anOutcomeNamesItsTwoReportsAndNothingElse() {
        String good = LessonFixture.chapterJson("org.example.AlphaExample", "AlphaExample.java", "[]");
        twoChapters().write("alpha/chapter.json", good.replace("\"final\": \"final\"", "\"final\": \"got\""));
        assertEquals(new OutcomeSpec("expected", "got"), CourseLoader.load(dir).chapter("alpha").orElseThrow().outcome());

        assertProblem(good.replace("\"final\": \"final\"", "\"last\": \"final\""), "outcome: unknown key \"last\"");
        assertProblem(good.replace(", \"final\": \"final\"", ""), "outcome: ");
        assertProblem(good.replace("{\"expected\": \"expected\", \"final\": \"final\"}", "\"lost\""),
                "\"outcome\" must be an object");
    }

    private void assertProblem(String chapterJson, String expected) {
        twoChapters().write("alpha/chapter.json", chapterJson);
        List<String> problems = CourseLoader.load(dir).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(expected), problems.get(0));
    }

    @Test
    void aMissingExampleSourceIsNamed() {
        twoChapters().delete("beta/BetaExample.java");

        assertEquals(List.of(dir.resolve("beta/BetaExample.java") + ": file is missing"),
                CourseLoader.load(dir).problems());
    }

    @Test
    void aMissingOrBrokenCourseFileIsTheOnlyProblem() {
        Course none = CourseLoader.load(dir);
        assertEquals(List.of(), none.chapters());
        assertEquals(List.of(dir.resolve("course.json") + ": file is missing"), none.problems());

        new LessonFixture(dir).write("course.json", "{\"chapters\": [\"Bad Name\"]}");
        assertTrue(CourseLoader.load(dir).problems().get(0).contains("must be a folder name"));
    }

    @Test
    void aChapterWithoutQuestionOrParamsStillLoads() {
        twoChapters().write("alpha/chapter.json", "{\"title\": {\"en\": \"A\", \"zh\": \"甲\"},"
                + " \"example\": \"org.example.AlphaExample\", \"source\": \"AlphaExample.java\"}");

        Chapter alpha = CourseLoader.load(dir).chapter("alpha").orElseThrow();

        assertNull(alpha.question());
        assertEquals(OutcomeSpec.NONE, alpha.outcome());
        assertEquals(List.of(), alpha.params());
        assertEquals(Set.of(), alpha.views());
    }

    @Test
    void coresAsDefaultBecomesThisMachinesCoreCountWithinTheRange() {
        twoChapters().write("alpha/chapter.json", LessonFixture.chapterJson("org.example.AlphaExample",
                "AlphaExample.java", "[{\"name\": \"processes\", \"type\": \"int\", \"min\": 1, \"max\": 64,"
                        + " \"default\": \"cores\", \"help\": {\"en\": \"a\", \"zh\": \"b\"}}]"));

        Chapter alpha = CourseLoader.load(dir).chapter("alpha").orElseThrow();

        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(String.valueOf(Math.min(64, cores)), alpha.params().get(0).defaultValue());
    }
}
