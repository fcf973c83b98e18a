package org.proclab.runtime.step;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which line a paused worker reports: the run names the class, the gate finds its frame on the stack. */
class StepGateSourceLineTest {
    @Test
    void reportsTheLineOfTheNamedClass() {
        long expected = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        long line = StepGate.sourceLine(StepGateSourceLineTest.class.getName());
        assertEquals(expected, line);
    }

    @Test
    void aClassNestedInTheNamedOneCountsAsIt() {
        assertEquals(Nested.EXPECTED, Nested.call());
    }

    @Test
    void aNamedClassThatIsNotRunningFallsBackToTheFirstCallerOutsideTheRuntime() {
        // This test's own package is the runtime's, so the first caller outside it is JUnit's machinery.
        long line = StepGate.sourceLine("org.example.NotOnTheStack");
        assertEquals(StepGate.sourceLine(null), line);
    }

    private static final class Nested {
        static final long EXPECTED = new Throwable().getStackTrace()[0].getLineNumber() + 3;

        static long call() {
            return StepGate.sourceLine(StepGateSourceLineTest.class.getName());
        }
    }
}
