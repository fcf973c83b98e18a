package org.proclab.runtime.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExitStatusTest {
    @Test
    void aStatusAbove128IsASignalOnlyWhenTheWorkerDidNotSayItCalledExit() {
        assertEquals(130, ExitStatus.pythonCode(130, ExitStatus.EXIT_CALLED));
        assertEquals(143, ExitStatus.pythonCode(143, ExitStatus.EXIT_CALLED));
        assertEquals(-2, ExitStatus.pythonCode(130, null));
        assertEquals(-9, ExitStatus.pythonCode(137, null));
        assertEquals(-15, ExitStatus.pythonCode(143, -15));
        assertEquals(-2, ExitStatus.pythonCode(130, -2));
    }

    @Test
    void ordinaryStatusesAreKept() {
        assertEquals(0, ExitStatus.pythonCode(0, 0));
        assertEquals(1, ExitStatus.pythonCode(1, 1));
        assertEquals(8, ExitStatus.pythonCode(8, null));
        assertEquals(255, ExitStatus.pythonCode(255, ExitStatus.EXIT_CALLED));
        assertEquals(ExitStatus.PARENT_GONE, ExitStatus.pythonCode(ExitStatus.PARENT_GONE, null));
    }
}
