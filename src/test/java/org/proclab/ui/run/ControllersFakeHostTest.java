package org.proclab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.ui.session.SessionFixture.fx;
import static org.proclab.ui.session.SessionFixture.waitUntil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.proclab.host.HostCommand;
import org.proclab.runtime.spawn.JavaCommand;
import org.proclab.ui.session.FakeLabHostMain;
import org.proclab.ui.session.SessionFixture;
import org.proclab.viz.outcome.OutcomeBoard;

/** The run and repeat controllers on their own, each host a {@link FakeLabHostMain} process. */
class ControllersFakeHostTest {
    /** "slow" hangs until stopped; any other lesson finishes at once. */
    private static final HostCommand.Factory FAKE = (id, params) -> {
        List<String> args = new ArrayList<>(List.of(id.equals("slow") ? "hang" : "finish"));
        params.forEach((k, v) -> args.add(k + "=" + v));
        return JavaCommand.forMain(FakeLabHostMain.class).args(args).toList();
    };
    private static final Map<String, String> RACE = Map.of("lock", "none", "iterations", "10", "lost", "2");

    private final RunController run = new RunController(FAKE);
    private final RepeatController repeat = new RepeatController(FAKE);

    @BeforeAll
    static void toolkit() throws Exception {
        SessionFixture.startFx();
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            run.shutdown();
            repeat.shutdown();
            return null;
        });
        waitUntil(20, () -> ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
    }

    @Test
    void aRunFinishesWithItsReportsAndASecondStartIsRefused() throws Exception {
        assertTrue(fx(() -> run.start("race", RACE)));
        assertFalse(fx(() -> run.start("race", RACE)), "one run at a time");
        waitUntil(30, () -> run.state() == RunState.FINISHED);
        assertEquals("2", fx(() -> run.data().reports().get("lost")));
        assertEquals(0, fx(() -> run.data().exitCode()));
        assertTrue(fx(() -> run.data().takeNewConsoleLines().stream()
                .anyMatch(l -> l.text().equals("hello from the fake host"))));
    }

    @Test
    void stopEndsTheHostAndSaysSo() throws Exception {
        assertTrue(fx(() -> run.start("slow", RACE)));
        waitUntil(30, () -> run.state() == RunState.RUNNING);
        fx(() -> {
            run.stop();
            return null;
        });
        assertEquals(RunState.STOPPING, fx(run::state));
        waitUntil(20, () -> run.state() == RunState.STOPPED);
        assertTrue(fx(() -> run.data().exited().stopped()));
        assertEquals(0, fx(() -> run.data().survivors()));
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
    }

    @Test
    void repetitionsNeedTheRaceParametersCountAndCanBeStopped() throws Exception {
        assertFalse(fx(() -> repeat.start("race", Map.of("n", "3"), 3)), "nothing to grade");
        assertTrue(fx(() -> repeat.start("race", RACE, 4)));
        assertFalse(fx(() -> repeat.start("race", RACE, 4)), "one series at a time");
        waitUntil(30, () -> !repeat.running());
        OutcomeBoard.Series off = fx(() -> repeat.board().lockOff().orElseThrow());
        assertEquals(4, off.done());
        assertFalse(off.stopped());

        assertTrue(fx(() -> repeat.start("slow", RACE, 50)));
        waitUntil(30, () -> repeat.board().running().map(s -> s.done() >= 1).orElse(false));
        fx(() -> {
            repeat.stop();
            return null;
        });
        waitUntil(20, () -> !repeat.running());
        assertTrue(fx(() -> repeat.board().lockOff().orElseThrow().stopped()));
    }
}
