package org.proclab.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proclab.compile.SourceCompiler;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.CourseLoader;
import org.proclab.ui.session.settings.EditStore;

/** Edits kept per chapter and exercise across restarts, beside the settings file, never in lessons/. */
class CodeEditsTest {
    private final Path dir = tempDir();
    private final Chapter lock = CourseLoader.loadDefault().chapter("lock").orElseThrow();

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("proclab-edits-test");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void deleteDir() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private CodeEdits open() {
        // No compiler: nothing compiles in the background, which would need the FX toolkit to publish to.
        return new CodeEdits(EditStore.beside(dir.resolve("settings.json")), SourceCompiler.missing());
    }

    @Test
    void anEditSurvivesARestartAndMarksItsChapterUntilReset() {
        CodeEdits edits = open();
        CodeTarget example = CodeTarget.example(lock);
        edits.show(example);
        String changed = lock.exampleSource().replace("int seen = counter.get();", "int seen = counter.get() + 0;");
        edits.edit(changed);
        CodeTarget exercise = CodeTarget.exercise(lock, lock.exercises().get(0));
        edits.show(exercise);
        edits.edit(exercise.original() + "\n// mine\n");
        assertTrue(Files.isRegularFile(dir.resolve("edits/lock.java")));
        assertTrue(Files.isRegularFile(dir.resolve("edits/lock--no-lost.java")));

        CodeEdits again = open();
        assertEquals(changed, again.source(example));
        assertTrue(again.edited(exercise));
        assertEquals(java.util.Set.of("lock"), again.editedChapters());
        again.show(example);
        assertEquals(List.of(new LineDiff.Line('-', 66, -1, "        int seen = counter.get();"),
                new LineDiff.Line('+', -1, 66, "        int seen = counter.get() + 0;")), again.diff());
        again.reset();
        again.show(exercise);
        again.reset();
        assertFalse(again.edited(example));
        assertEquals(java.util.Set.of(), again.editedChapters());
        assertFalse(Files.exists(dir.resolve("edits/lock.java")));
    }

    @Test
    void typingTheOriginalBackForgetsTheEdit() {
        CodeEdits edits = open();
        edits.show(CodeTarget.example(lock));
        edits.edit(lock.exampleSource() + " ");
        edits.edit(lock.exampleSource());
        assertFalse(edits.edited(CodeTarget.example(lock)));
    }

    @Test
    void theLearnersLineIsTheFirstFrameInTheirFile() {
        List<String> trace = List.of("at org.proclab.runtime.worker.TargetRunner.invoke(TargetRunner.java:59)",
                "at org.proclab.lessons.LockExample.addSlowly(LockExample.java:67)",
                "at org.proclab.lessons.LockExample.work(LockExample.java:58)");
        assertEquals(67, CodeRuns.learnerLine(trace, "LockExample.java"));
        assertEquals(-1, CodeRuns.learnerLine(trace, "PoolExample.java"));
    }
}
