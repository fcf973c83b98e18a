package org.proclab.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.ui.session.SessionFixture.fx;
import static org.proclab.ui.session.SessionFixture.fxRun;
import static org.proclab.ui.session.SessionFixture.waitUntil;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.proclab.host.HostCommand;
import org.proclab.ui.run.ConsoleLine;
import org.proclab.ui.run.RunState;
import org.proclab.ui.session.settings.SettingsStore;

/** Run in Python through the session: its guard, and a script that raised (a fake host stands in for CPython). */
class SessionPythonTest {
    private SessionFixture fixture;

    @BeforeAll
    static void toolkit() throws Exception {
        SessionFixture.startFx();
    }

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aPythonExceptionPutsItsTracebackInTheConsoleAndNamesItsLine() throws Exception {
        fixture = fx(() -> new SessionFixture(SettingsStore.inMemory()));
        LabSession session = fixture.session;
        fxRun(() -> session.python().run());
        waitUntil(30, () -> session.runController().state() == RunState.FAILED);
        assertEquals(HostCommand.Language.PYTHON, fx(() -> session.runController().language()));
        assertEquals(12, fx(() -> session.python().errorLineProperty().get()));
        assertEquals("ZeroDivisionError: division by zero", fx(() -> session.python().errorSummaryProperty().get()));
        List<ConsoleLine> lines = fx(() -> session.runController().data().takeNewConsoleLines());
        List<String> stderr = lines.stream().filter(l -> l.kind() == ConsoleLine.Kind.STDERR)
                .map(ConsoleLine::text).collect(Collectors.toList());
        assertEquals(List.of(FakePythonHostMain.TRACEBACK.split("\n")), stderr);
        assertTrue(lines.stream().anyMatch(l -> l.kind() == ConsoleLine.Kind.STDOUT && l.text().equals("about to divide")));
        // A new Python run clears the old line before it starts.
        fxRun(() -> session.python().run());
        assertEquals(-1, fx(() -> session.python().errorLineProperty().get()));
        waitUntil(30, () -> !session.runController().state().active());
    }

    @Test
    void runInPythonWaitsWhileStepModeIsOn() throws Exception {
        fixture = fx(() -> new SessionFixture(SettingsStore.inMemory()));
        LabSession session = fixture.session;
        assertTrue(fx(() -> session.python().canRunProperty().get()));
        fxRun(() -> session.stepModeProperty().set(true));
        assertFalse(fx(() -> session.python().canRunProperty().get()));
        fxRun(() -> session.python().run());
        assertEquals(RunState.IDLE, fx(() -> session.runController().state()));
    }
}
