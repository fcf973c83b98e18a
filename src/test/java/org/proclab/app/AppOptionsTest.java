package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppOptionsTest {

    @Test
    void parsesTheScreenshotOptions() {
        AppOptions o = AppOptions.parse(List.of("--screenshot", "x.png", "--lesson", "lock", "--run", "--set",
                "lock=none", "--lang", "zh", "--theme", "dark", "--size", "1200x800"));
        assertEquals(Path.of("x.png"), o.screenshot());
        assertEquals("lock", o.lesson());
        assertTrue(o.run());
        assertEquals(Map.of("lock", "none"), o.params());
        assertEquals("zh", o.lang());
        assertEquals("dark", o.theme());
        assertEquals(1200, o.width());
        assertEquals(null, o.steps());
        AppOptions beyond = AppOptions.parse(List.of("--steps", "worker-1,worker-2,worker-1", "--outcomes", "30",
                "--predict", "no"));
        assertEquals(List.of("worker-1", "worker-2", "worker-1"), beyond.steps());
        assertEquals(30, beyond.outcomes());
        assertEquals("no", beyond.predict());
        assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--outcomes", "many")));
    }

    @Test
    void rejectsWhatItDoesNotKnowWithTheUsage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AppOptions.parse(List.of("--colour", "red")));
        assertTrue(e.getMessage().contains("usage"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--lang", "fr")));
        assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--set", "novalue")));
        assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--screenshot")));
    }

    @Test
    void parsesTheCodeExerciseAndCheckOptions() {
        AppOptions o = AppOptions.parse(List.of("--screenshot", "x.png", "--lesson", "lock", "--exercise", "1",
                "--code", "Solved.java", "--check"));
        assertEquals(Path.of("Solved.java"), o.code());
        assertEquals(1, o.exercise());
        assertTrue(o.check());
        AppOptions plain = AppOptions.parse(List.of("--screenshot", "x.png"));
        assertEquals(null, plain.code());
        assertEquals(0, plain.exercise());
        assertEquals(false, plain.check());
        assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--exercise", "0")));
        assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--exercise", "first")));
        assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--code")));
        IllegalArgumentException noExercise = assertThrows(IllegalArgumentException.class,
                () -> AppOptions.parse(List.of("--check")));
        assertTrue(noExercise.getMessage().contains("--exercise"), noExercise.getMessage());
        assertTrue(AppOptions.usage().contains("--code FILE.java"), AppOptions.usage());
    }

    @Test
    void parsesTheRunsOption() {
        AppOptions o = AppOptions.parse(List.of("--screenshot", "x.png", "--lesson", "lock", "--runs", "5"));
        assertEquals(5, o.runs());
        assertTrue(o.run(), "--runs runs");
        assertEquals(1, AppOptions.parse(List.of("--screenshot", "x.png", "--run")).runs());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> AppOptions.parse(List.of("--runs", "0")));
        assertTrue(zero.getMessage().contains("--runs needs a number of runs from 1 to 100"), zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--runs", "many")));
        assertTrue(AppOptions.usage().contains("--runs N"), AppOptions.usage());
    }
}
