package org.proclab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scratch page: loaded by the one chapter reader, named in course.json, never one of the chapters. */
class ScratchPageLoadingTest {
    @TempDir
    Path dir;

    private LessonFixture courseWithScratch(String scratchKind) {
        LessonFixture fixture = new LessonFixture(dir)
                .write("course.json", "{\"chapters\": [\"alpha\"], \"scratch\": \"mine\"}")
                .chapter("alpha", "org.example.AlphaExample")
                .chapter("mine", "org.example.MineExample");
        String json = LessonFixture.chapterJson("org.example.MineExample", "MineExample.java", "[]");
        return fixture.write("mine/chapter.json", json.replaceFirst("\\{", "{\"kind\": " + scratchKind + ","));
    }

    @Test
    void theScratchPageLoadsBesideTheChaptersButIsNotOneOfThem() {
        Course course = CourseLoader.load(courseWithScratch("\"scratch\"").root());

        assertEquals(List.of(), course.problems());
        assertEquals(List.of("alpha"), course.ids());
        assertEquals(Optional.empty(), course.chapter("mine"));
        Chapter mine = course.scratchPage().orElseThrow();
        assertTrue(mine.scratch());
        assertEquals("mine", mine.id());
        assertEquals("class MineExample {}\n", mine.exampleSource());
        assertFalse(course.chapter("alpha").orElseThrow().scratch());
    }

    @Test
    void aScratchFolderWithoutItsKindIsAProblemAndTheChaptersStillLoad() {
        Course course = CourseLoader.load(courseWithScratch("\"chapter\"").root());

        assertEquals(List.of("alpha"), course.ids());
        assertNull(course.scratch());
        assertEquals(List.of(dir.resolve("mine/chapter.json") + ": is named as the scratch page in course.json"
                + " but lacks \"kind\": \"scratch\""), course.problems());
    }

    @Test
    void anUnknownKindIsNamed() {
        Course course = CourseLoader.load(courseWithScratch("\"playground\"").root());

        assertNull(course.scratch());
        assertEquals(List.of(dir.resolve("mine/chapter.json")
                + ": \"kind\" must be \"chapter\" or \"scratch\"; got \"playground\""), course.problems());
    }

    @Test
    void aScratchPageListedAmongTheChaptersIsRefused() {
        courseWithScratch("\"scratch\"").write("course.json", "{\"chapters\": [\"alpha\", \"mine\"]}");

        Course course = CourseLoader.load(dir);

        assertEquals(List.of("alpha"), course.ids());
        assertEquals(1, course.problems().size());
        assertTrue(course.problems().get(0).startsWith(dir.resolve("mine/chapter.json")
                + ": is the scratch page"), course.problems().get(0));
    }

    @Test
    void aFolderCannotBeBothAChapterAndTheScratchPage() {
        courseWithScratch("\"scratch\"").write("course.json", "{\"chapters\": [\"alpha\"], \"scratch\": \"alpha\"}");

        Course course = CourseLoader.load(dir);

        assertEquals(List.of(), course.chapters());
        assertEquals(List.of(dir.resolve("course.json") + ": \"alpha\" is both a chapter and the scratch page"),
                course.problems());
    }

    @Test
    void theShippedScratchPageListsEveryViewAProgramCanFillAndNoParameters() {
        Course course = CourseLoader.loadDefault();
        Chapter scratch = course.scratchPage().orElseThrow();

        assertEquals(List.of(), course.problems());
        assertEquals(7, course.chapters().size());
        assertFalse(course.ids().contains(scratch.id()));
        assertEquals(EnumSet.of(ViewKind.CORES, ViewKind.LANES, ViewKind.VALUE_TIMELINE, ViewKind.POOL_TASKS,
                ViewKind.CONSOLE, ViewKind.STEP), scratch.views());
        assertEquals(List.of(), scratch.params());
        assertEquals("org.proclab.lessons.ScratchExample", scratch.exampleClass());
        for (String api : List.of("new Process(", "new Queue<", "new Pool(", "new Value<", "new Lock(")) {
            assertTrue(scratch.exampleSource().contains(api), api);
        }
        for (Lang lang : Lang.values()) {
            assertFalse(scratch.markdown(lang).isBlank());
        }
    }
}
