package org.proclab.lesson;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The course as shipped: every chapter complete in both languages, and every example compiled and runnable. */
class RealCourseTest {
    private static final List<String> ORDER =
            List.of("intro", "process", "queue", "speed", "pool", "shared-memory", "lock");

    @Test
    void theFolderOnDiskLoadsWithoutProblemsInCourseOrder() {
        Course course = CourseLoader.loadDefault();

        assertEquals(List.of(), course.problems());
        assertEquals(ORDER, course.ids());
        course.chapters().forEach(RealCourseTest::assertComplete);
    }

    @Test
    void theCopyInTheJarIsTheSameCourse() {
        Course packed = CourseLoader.load(new ClasspathSource(getClass().getClassLoader()));
        Course onDisk = CourseLoader.loadDefault();

        assertEquals(List.of(), packed.problems());
        assertEquals(onDisk.chapters(), packed.chapters());
    }

    private static void assertComplete(Chapter chapter) {
        String id = chapter.id();
        for (Lang lang : Lang.values()) {
            String text = chapter.markdown(lang);
            assertTrue(text.startsWith("# "), id + " " + lang + " starts with a heading");
            assertFalse(chapter.title(lang).isBlank(), id + " title " + lang);
            assertFalse(chapter.question().text(lang).isBlank(), id + " question " + lang);
            assertFalse(chapter.question().answer(lang).isBlank(), id + " answer " + lang);
        }
        assertTrue(chapter.markdown(Lang.EN).contains("\n## Try this\n"), id + " has Try this");
        assertTrue(chapter.markdown(Lang.EN).contains("\n## Predict, then run\n"), id + " has the question");
        assertTrue(chapter.markdown(Lang.ZH).contains("\n## 试一试\n"), id + " has 试一试");
        assertTrue(chapter.markdown(Lang.ZH).contains("\n## 先猜，再运行\n"), id + " has 先猜，再运行");
        assertNotNull(chapter.question().reveal(), id + " reveals a reported figure");
        assertTrue(chapter.exampleSource().contains("Report.put(\"" + chapter.question().reveal() + "\""),
                id + ": the example reports the figure its question reveals");
        assertFalse(chapter.views().isEmpty(), id + " views");
        if (chapter.outcome().declared()) {
            assertTrue(chapter.exampleSource().contains("Report.put(\"" + chapter.outcome().expectedReport() + "\"")
                    && chapter.exampleSource().contains("Report.put(\"" + chapter.outcome().finalReport() + "\""),
                    id + ": the example reports the figures its outcome names");
        }
        for (ParamSpec spec : chapter.params()) {
            assertEquals(spec.defaultValue(), ParamValidator.check(spec, spec.defaultValue()), id + " " + spec.name());
            assertFalse(spec.help(Lang.ZH).isBlank(), id + " " + spec.name() + " help");
            assertTrue(chapter.exampleSource().contains("\"" + spec.name() + "\""),
                    id + ": the example reads its parameter " + spec.name());
        }
        assertTrue(chapter.exampleSource().startsWith("package org.proclab.lessons;"), id + " package");
        assertTrue(chapter.reportLabel(chapter.question().reveal(), Lang.ZH).isPresent(),
                id + ": the revealed figure has words, not only its key");
        assertFalse(chapter.presets().isEmpty(), id + ": the Try this lines are presets");
        for (Preset preset : chapter.presets()) {
            assertEquals(chapter.paramsWith(preset.settings()), ParamValidator.validate(chapter, preset.settings()),
                    id + ": " + preset.label(Lang.EN) + " runs as it is");
        }
    }

    @Test
    void eachQuestionsOwnSettingsAreTheRunItAsksAbout() {
        Course course = CourseLoader.loadDefault();
        Chapter shared = course.chapter("shared-memory").orElseThrow();
        assertEquals("2147483647", shared.paramsWith(shared.question().settings()).get("start"));
        assertFalse(shared.question().askedAbout(shared.paramsWith(Map.of())),
                "the default start = 0 is not the question's run");
        Chapter speed = course.chapter("speed").orElseThrow();
        assertEquals("on", speed.param("gil").defaultValue(), "GIL on by default, as in CPython");
        assertTrue(speed.question().askedAbout(speed.paramsWith(Map.of())),
                "the speed question is about the default run");
    }

    @Test
    void everyExampleIsCompiledWithAPublicStaticMain() throws Exception {
        for (Chapter chapter : CourseLoader.loadDefault().chapters()) {
            Method main = Class.forName(chapter.exampleClass()).getMethod("main", String[].class);
            assertTrue(Modifier.isStatic(main.getModifiers()), chapter.exampleClass());
            assertEquals(void.class, main.getReturnType(), chapter.exampleClass());
        }
    }

    @Test
    void theLockChapterDeclaresItsExpectedAndFinalReports() {
        Chapter lock = CourseLoader.loadDefault().chapter("lock").orElseThrow();
        assertEquals(new OutcomeSpec("expected", "final"), lock.outcome());
    }
}
