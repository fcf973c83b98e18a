package org.proclab.lesson.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.proclab.lesson.Lang;
import org.proclab.lesson.Question;
import org.proclab.lesson.YesCondition;

class PredictionCheckTest {
    private static final Map<Lang, String> TEXT = Map.of(Lang.EN, "?", Lang.ZH, "？");
    private static final Question WILL_YOU_GET_4000 =
            new Question(TEXT, TEXT, "lost", YesCondition.parse("== 0").orElseThrow());
    private static final Question WHAT_TOTAL = new Question(TEXT, TEXT, "total");

    @Test
    void aYesNoQuestionIsJudgedByItsConditionOnTheFigure() {
        assertTrue(PredictionCheck.isYesNo(WILL_YOU_GET_4000));
        assertFalse(PredictionCheck.isYesNo(WHAT_TOTAL));
        assertEquals(Optional.of(new Reveal("lost", "37", "no", "no", Verdict.MATCHED)),
                PredictionCheck.check(WILL_YOU_GET_4000, " No ", Map.of("lost", "37", "final", "3963")));
        assertEquals(Optional.of(new Reveal("lost", "37", "no", "yes", Verdict.MISSED)),
                PredictionCheck.check(WILL_YOU_GET_4000, "会", Map.of("lost", "37")));
        assertEquals(Optional.of(new Reveal("lost", "0", "yes", "yes", Verdict.MATCHED)),
                PredictionCheck.check(WILL_YOU_GET_4000, "y", Map.of("lost", "0")));
        assertEquals(Verdict.OPEN, PredictionCheck.check(WILL_YOU_GET_4000, "maybe", Map.of("lost", "0"))
                .orElseThrow().verdict());
        assertEquals(Optional.empty(), PredictionCheck.check(WILL_YOU_GET_4000, "no", Map.of("final", "4000")),
                "a run that did not report the figure reveals nothing");
    }

    @Test
    void theSpeedQuestionIsGradedRightForBothAnswersOnTheDefaultRun() {
        Question fasterWithTheGil = new Question(TEXT, TEXT, "speedup_threads",
                YesCondition.parse("> 1.2").orElseThrow(), Map.of("gil", "on"));
        Map<String, String> defaultRun = Map.of("n", "0", "gil", "on", "mode", "single");
        Map<String, String> reports = Map.of("speedup_threads", "0.98");

        assertEquals(Verdict.MATCHED, PredictionCheck.check(fasterWithTheGil, "no", defaultRun, reports)
                .orElseThrow().verdict());
        assertEquals(Verdict.MISSED, PredictionCheck.check(fasterWithTheGil, "yes", defaultRun, reports)
                .orElseThrow().verdict());
        assertEquals(Optional.empty(), PredictionCheck.check(fasterWithTheGil, "no",
                Map.of("n", "0", "gil", "off", "mode", "single"), Map.of("speedup_threads", "1.9")),
                "a run without the GIL is not the run the question asks about");
    }

    @Test
    void aQuestionWithItsOwnSettingsIsGradedOnlyByARunWithThem() {
        Question wrapAround = new Question(TEXT, TEXT, "value_i", null, Map.of("start", "2147483647"));

        assertEquals(Optional.empty(), PredictionCheck.check(wrapAround, "-2147483648", Map.of("start", "0"),
                Map.of("value_i", "1")));
        assertEquals(Verdict.MATCHED, PredictionCheck.check(wrapAround, "-2147483648",
                Map.of("start", "2147483647"), Map.of("value_i", "-2147483648")).orElseThrow().verdict());
    }

    @Test
    void valuesCompareAsNumbersListsElementwiseWordsOnlyWhenEqual() {
        assertEquals(Verdict.MATCHED, PredictionCheck.compareValues("4000", "4000.0"));
        assertEquals(Verdict.MATCHED, PredictionCheck.compareValues(" -2147483648 ", "-2147483648"));
        assertEquals(Verdict.MISSED, PredictionCheck.compareValues("2147483648", "-2147483648"));
        assertEquals(Verdict.MATCHED, PredictionCheck.compareValues("0 1 4 9", "[0, 1, 4, 9]"));
        assertEquals(Verdict.MISSED, PredictionCheck.compareValues("[9, 4, 1, 0]", "[0, 1, 4, 9]"));
        assertEquals(Verdict.MISSED, PredictionCheck.compareValues("0, 1, 4", "[0, 1, 4, 9]"));
        assertEquals(Verdict.OPEN, PredictionCheck.compareValues("the main pid", "4242"));
        assertEquals(Verdict.MATCHED, PredictionCheck.compareValues("In  Order", "in order"));
        assertEquals(Verdict.OPEN, PredictionCheck.compareValues("", "4242"));
        assertEquals(Verdict.OPEN, PredictionCheck.compareValues("12345678901234567890123456789x", "1"));
        assertEquals(Optional.of(new Reveal("total", "499667166000", "499667166000", "499667166000",
                Verdict.MATCHED)), PredictionCheck.check(WHAT_TOTAL, "499667166000", Map.of("total", "499667166000")));
    }

    @Test
    void yesConditionsParseAndTest() {
        YesCondition faster = YesCondition.parse(" > 1.2").orElseThrow();
        assertEquals("> 1.2", faster.toString());
        assertEquals(Optional.of(true), faster.test("1.93"));
        assertEquals(Optional.of(false), faster.test("1.20"));
        assertEquals(Optional.of(false), faster.test("0.97"));
        assertEquals(Optional.empty(), faster.test("n/a"));
        assertEquals(Optional.of(true), YesCondition.parse("<= 0").orElseThrow().test("-1"));
        assertEquals(Optional.of(true), YesCondition.parse("!=3").orElseThrow().test("4"));
        assertEquals(Optional.of(true), YesCondition.parse(">= 2").orElseThrow().test("2.00"));
        assertEquals(Optional.of(false), YesCondition.parse("< 2").orElseThrow().test("2"));
        assertEquals(Optional.empty(), YesCondition.parse("about 4"));
        assertEquals(Optional.empty(), YesCondition.parse("== four"));
        assertEquals(Optional.empty(), YesCondition.parse(null));
    }
}
