package org.proclab.lesson;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParamValidatorTest {
    private static final Map<Lang, String> HELP = Map.of(Lang.EN, "h", Lang.ZH, "h");
    private static final Chapter LOCK = new Chapter("lock", Map.of(Lang.EN, "Lock"), Map.of(Lang.EN, "text"),
            "org.proclab.lessons.LockExample", "", List.of(
            new ParamSpec("lock", ParamType.CHOICE, "none", null, null, List.of("none", "loop", "each", "atomic"), HELP),
            new ParamSpec("iterations", ParamType.INT, "1000", 1L, 10_000_000L, List.of(), HELP),
            new ParamSpec("n", ParamType.LONG, "10000000", 1L, 1_000_000_000L, List.of(), HELP),
            new ParamSpec("verbose", ParamType.BOOL, "false", null, null, List.of(), HELP)), Set.of());

    @Test
    void fillsInDefaultsInSpecOrder() {
        Map<String, String> values = ParamValidator.validate(LOCK, Map.of("iterations", "5"));

        assertEquals(List.of("lock", "iterations", "n", "verbose"), List.copyOf(values.keySet()));
        assertEquals(Map.of("lock", "none", "iterations", "5", "n", "10000000", "verbose", "false"), values);
    }

    @Test
    void normalizesWhatItAccepts() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("lock", "ATOMIC");
        given.put("n", " 10_000 ");
        given.put("iterations", "+7");
        given.put("verbose", "True");

        Map<String, String> values = ParamValidator.validate(LOCK, given);

        assertEquals(Map.of("lock", "atomic", "iterations", "7", "n", "10000", "verbose", "true"), values);
    }

    @Test
    void outOfRangeNamesTheRange() {
        ParamException tooMany = assertThrows(ParamException.class,
                () -> ParamValidator.validate(LOCK, Map.of("iterations", "1000000000000")));
        assertEquals("iterations must be from 1 to 10000000; got 1000000000000", tooMany.getMessage());
        assertEquals("iterations", tooMany.param());

        ParamException absurd = assertThrows(ParamException.class,
                () -> ParamValidator.validate(LOCK, Map.of("n", "1" + "0".repeat(40))));
        assertEquals("n must be from 1 to 1000000000; got 1" + "0".repeat(40), absurd.getMessage());

        assertThrows(ParamException.class, () -> ParamValidator.validate(LOCK, Map.of("iterations", "0")));
    }

    @Test
    void wrongTypesSayWhatIsExpected() {
        assertEquals("iterations must be a whole number from 1 to 10000000; got \"1.5\"", assertThrows(
                ParamException.class, () -> ParamValidator.validate(LOCK, Map.of("iterations", "1.5"))).getMessage());
        assertEquals("lock must be one of none, loop, each, atomic; got \"sometimes\"", assertThrows(
                ParamException.class, () -> ParamValidator.validate(LOCK, Map.of("lock", "sometimes"))).getMessage());
        assertEquals("verbose must be true or false; got \"yes\"", assertThrows(
                ParamException.class, () -> ParamValidator.validate(LOCK, Map.of("verbose", "yes"))).getMessage());
    }

    @Test
    void anUnknownParameterListsTheKnownOnes() {
        ParamException unknown = assertThrows(ParamException.class,
                () -> ParamValidator.validate(LOCK, Map.of("iteration", "5")));

        assertEquals("unknown parameter \"iteration\" for lesson \"lock\"; allowed: lock (none|loop|each|atomic), "
                + "iterations (1..10000000), n (1..1000000000), verbose (true|false)", unknown.getMessage());
    }

    @Test
    void aChapterWithoutParametersSaysSo() {
        Chapter intro = new Chapter("intro", Map.of(Lang.EN, "Intro"), Map.of(Lang.EN, "text"),
                "org.proclab.lessons.IntroExample", "", List.of(), Set.of());

        assertEquals("unknown parameter \"n\": lesson \"intro\" takes no parameters", assertThrows(
                ParamException.class, () -> ParamValidator.validate(intro, Map.of("n", "1"))).getMessage());
    }

    @Test
    void digitsMayBeGroupedWithUnderscoresOrCommasAndSpacesAroundAreIgnored() {
        ParamSpec iterations = LOCK.param("iterations");
        assertEquals("2500", ParamValidator.check(iterations, "2,500"));
        assertEquals("10000", ParamValidator.check(iterations, " 10_000 "));
        assertEquals("1234567", ParamValidator.check(iterations, "1,234_567"));
        assertEquals("2500", ParamValidator.normalise(iterations, "2,500"));
        for (String bad : new String[] {"2 500", "2,,500", ",25", "25_", "1e3", ""}) {
            assertEquals(ParamProblem.Kind.NOT_A_NUMBER, ParamValidator.problem(iterations, bad).orElseThrow().kind(),
                    bad);
        }
        assertEquals(ParamProblem.Kind.TOO_LARGE, ParamValidator.problem(iterations, "20_000_000").orElseThrow().kind());
        assertEquals(ParamProblem.Kind.TOO_SMALL, ParamValidator.problem(iterations, "0").orElseThrow().kind());
    }

    @Test
    void choicesAndBooleansIgnoreCase() {
        assertEquals("each", ParamValidator.normalise(LOCK.param("lock"), " Each "));
        assertTrue(ParamValidator.problem(LOCK.param("lock"), "EACH").isEmpty());
        assertEquals(ParamProblem.Kind.NOT_A_CHOICE, ParamValidator.problem(LOCK.param("lock"), "eac").orElseThrow()
                .kind());
        assertEquals("false", ParamValidator.normalise(LOCK.param("verbose"), "FALSE"));
        assertEquals(ParamProblem.Kind.NOT_A_BOOLEAN, ParamValidator.problem(LOCK.param("verbose"), "1").orElseThrow()
                .kind());
    }

    @Test
    void problemsListsEveryFaultUnknownNamesFirst() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("iterations", "many");
        given.put("verbose", "maybe");
        given.put("speed", "9");
        List<ParamProblem> problems = ParamValidator.problems(LOCK, given);

        assertEquals(List.of("speed", "iterations", "verbose"), problems.stream().map(ParamProblem::param).toList());
        assertEquals(List.of(ParamProblem.Kind.UNKNOWN, ParamProblem.Kind.NOT_A_NUMBER,
                ParamProblem.Kind.NOT_A_BOOLEAN), problems.stream().map(ParamProblem::kind).toList());
        assertEquals(List.of(), ParamValidator.problems(LOCK, Map.of("iterations", "5")));
    }
}
