package org.proclab.lesson;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
