package org.proclab.python;

import org.junit.jupiter.api.Test;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Course;
import org.proclab.lesson.CourseLoader;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PythonLineMapTest {

    @Test
    void everyChapterHasAPythonScriptAndEveryAnchorNamesExactlyOneLineInBothFiles() {
        Course course = CourseLoader.loadDefault();
        assertTrue(course.problems().isEmpty(), course.problems().toString());
        for (Chapter chapter : course.chapters()) {
            Optional<PythonChapter> python = PythonChapter.load(chapter);
            assertTrue(python.isPresent(), chapter.id() + " has no python-map.json naming a script");
            PythonChapter loaded = python.get();
            assertEquals(List.of(), loaded.lineMap().problems(), chapter.id());
            assertEquals(loaded.anchors().size(), loaded.lineMap().pairs().size(), chapter.id());
            assertTrue(loaded.anchors().size() >= 10, chapter.id() + " maps only " + loaded.anchors().size() + " lines");
        }
    }

    @Test
    void anAnchorResolvesToItsLineInEachFileAndBack() {
        String java = "class A {\n    void job() {\n        results.put(sum);\n    }\n}\n";
        String python = "def job():\n    results.put(total)\n";
        PythonLineMap map = PythonLineMap.resolve(java, python,
                List.of(new LineAnchor("results.put(sum);", "results.put(total)")));
        assertEquals(List.of(2), map.pythonLinesFor(3));
        assertEquals(List.of(3), map.javaLinesFor(2));
        assertEquals(List.of(), map.pythonLinesFor(1));
    }

    @Test
    void oneJavaLineMayDoTheWorkOfSeveralPythonLines() {
        PythonLineMap map = PythonLineMap.resolve("plan(lock(), iterations());\n", "lock = 1\niterations = 2\n",
                List.of(new LineAnchor("lock()", "lock = 1"), new LineAnchor("iterations()", "iterations = 2")));
        assertEquals(List.of(1, 2), map.pythonLinesFor(1));
        assertEquals(List.of(1), map.javaLinesFor(2));
    }

    @Test
    void aMissingOrRepeatedAnchorIsAProblemAndOnlyItsPairIsDropped() {
        String java = "a();\nb();\nb();\n";
        String python = "a()\nb()\n";
        PythonLineMap map = PythonLineMap.resolve(java, python, List.of(new LineAnchor("a();", "a()"),
                new LineAnchor("b();", "b()"), new LineAnchor("c();", "a()")));
        assertEquals(1, map.pairs().size());
        assertEquals(2, map.problems().size(), map.problems().toString());
        assertTrue(map.problems().get(0).contains("occurs 2 times"), map.problems().get(0));
        assertTrue(map.problems().get(1).contains("is not in the file"), map.problems().get(1));
    }

    @Test
    void anAnchorThatStartsWithSpacesMustStartItsLineSoIndentationTellsLinesApart() {
        String java = "    lock();\n        lock();\n";
        PythonLineMap map = PythonLineMap.resolve(java, "x\ny\n",
                List.of(new LineAnchor("    lock();", "x"), new LineAnchor("        lock();", "y")));
        assertEquals(List.of(), map.problems());
        assertEquals(List.of(1), map.pythonLinesFor(1));
        assertEquals(List.of(2), map.pythonLinesFor(2));
    }
}
