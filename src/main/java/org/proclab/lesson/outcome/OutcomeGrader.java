package org.proclab.lesson.outcome;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Grades the final value of the lock chapter's race: worker k adds {@code 2k - 1}, {@code iterations} times,
 * each addition a read followed by a write of what it read plus its amount.
 *
 * <p>Under {@code loop}, {@code each} and {@code atomic} no update can be lost, so only the expected total is
 * possible. Under {@code none} an update is lost when another worker writes between a worker's read and its
 * write. The final value is the last write, which is the sum of a chain of additions each of which read the
 * one before it. That chain ends in the last writer X's own additions; going backwards it either reaches X's
 * first read (which saw 0, so the value is {@code iterations * a_X}) or a read that saw another worker Y's
 * write (at least {@code a_Y}, Y's first write, which read 0). Every such chain can be produced by some
 * interleaving, so the smallest possible final value is
 * {@code min over X of min(iterations * a_X, a_X + min over Y != X of a_Y)} = {@code min(iterations, 1 + 3)}
 * for two or more workers. Values between that minimum and the expected total are graded interesting, not
 * checked one by one for reachability.
 *
 * @param lockMode   none, loop, each or atomic
 * @param expected   the total with no update lost
 * @param minimum    the smallest final value any interleaving can produce
 */
public record OutcomeGrader(String lockMode, long expected, long minimum) {
    public static final List<String> LOCK_MODES = List.of("none", "loop", "each", "atomic");

    /** The grader for the lock chapter's example with these parameters. */
    public static OutcomeGrader forLockChapter(String lockMode, long iterations, int workers) {
        if (!LOCK_MODES.contains(lockMode)) {
            throw new IllegalArgumentException("lock must be one of " + LOCK_MODES + "; got \"" + lockMode + "\"");
        }
        if (iterations < 1 || workers < 1) {
            throw new IllegalArgumentException("iterations and workers must be at least 1");
        }
        long[] adds = IntStream.rangeClosed(1, workers).mapToLong(k -> 2L * k - 1).toArray();
        long expected = iterations * (long) workers * workers;
        long minimum = lockMode.equals("none") ? smallestFinal(adds, iterations) : expected;
        return new OutcomeGrader(lockMode, expected, minimum);
    }

    /**
     * The grader for a run with these (validated) parameters, if they describe the lock chapter's race:
     * {@code lock}, {@code iterations} and {@code workers} (2 when absent).
     */
    public static Optional<OutcomeGrader> forParams(Map<String, String> params) {
        String lock = params.get("lock");
        String iterations = params.get("iterations");
        if (lock == null || iterations == null || !LOCK_MODES.contains(lock)) {
            return Optional.empty();
        }
        try {
            int workers = Integer.parseInt(params.getOrDefault("workers", "2").trim());
            return Optional.of(forLockChapter(lock, Long.parseLong(iterations.trim()), workers));
        } catch (IllegalArgumentException notANumber) {
            return Optional.empty();
        }
    }

    static long smallestFinal(long[] adds, long iterations) {
        long smallest = Long.MAX_VALUE;
        for (int x = 0; x < adds.length; x++) {
            smallest = Math.min(smallest, iterations * adds[x]);   // X's first read saw 0, everyone else lost
            for (int y = 0; y < adds.length; y++) {
                if (y != x) {
                    smallest = Math.min(smallest, adds[x] + adds[y]);   // X's last read saw Y's first write
                }
            }
        }
        return smallest;
    }

    /** True when updates can be lost in this mode, so values below the expected total are allowed. */
    public boolean racy() {
        return minimum < expected;
    }

    public Grade grade(long finalValue) {
        if (finalValue == expected) {
            return Grade.EXPECTED;
        }
        return finalValue >= minimum && finalValue < expected ? Grade.INTERESTING : Grade.FORBIDDEN;
    }
}
