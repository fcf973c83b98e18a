package org.proclab.viz.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.proclab.lesson.outcome.Grade;
import org.proclab.lesson.outcome.OutcomeGrader;
import org.proclab.lesson.outcome.OutcomeHistogram.Bar;

class OutcomeBoardTest {
    @Test
    void lockOffAndLockOnEachKeepTheirLastSeries() {
        OutcomeBoard board = new OutcomeBoard();
        board.begin(OutcomeGrader.forLockChapter("none", 10, 2), 4);
        board.add(40);
        board.add(37);
        assertEquals(0.5, board.running().orElseThrow().progress());
        board.add(37);
        board.add(40);
        board.end(false);
        board.add(40);   // a late line after the end changes nothing
        assertTrue(board.running().isEmpty());

        board.begin(OutcomeGrader.forLockChapter("each", 10, 2), 3);
        board.add(40);
        board.end(true);

        OutcomeBoard.Series off = board.lockOff().orElseThrow();
        assertEquals("none", off.lockMode());
        assertEquals(List.of(new Bar(37, 2, 50.0, Grade.INTERESTING), new Bar(40, 2, 50.0, Grade.EXPECTED)),
                off.histogram().bars());
        assertTrue(off.ended());
        assertFalse(off.stopped());
        OutcomeBoard.Series on = board.lockOn().orElseThrow();
        assertEquals("each", on.lockMode());
        assertTrue(on.stopped(), "stopped after 1 of 3");
        assertEquals(1, on.done());

        board.begin(OutcomeGrader.forLockChapter("none", 10, 2), 2);
        assertEquals(0, board.lockOff().orElseThrow().done(), "a new lock-off series replaces the old one");
        assertEquals(Optional.of(on), board.lockOn());
    }
}
