package org.proclab.viz.outcome;

import java.util.Optional;
import org.proclab.lesson.outcome.OutcomeGrader;
import org.proclab.lesson.outcome.OutcomeHistogram;

/**
 * The outcome histograms of the lock chapter, lock off next to lock on: the last series of each is kept, so
 * a learner can run both and compare. A series is filled one repetition at a time while it runs. No JavaFX.
 */
public final class OutcomeBoard {
    /**
     * One series of repetitions.
     *
     * @param planned how many runs were asked for
     * @param ended   false while it still runs
     * @param stopped true when the learner stopped it before it had them all
     */
    public record Series(OutcomeHistogram histogram, int planned, boolean ended, boolean stopped) {
        public String lockMode() {
            return histogram.grader().lockMode();
        }

        public int done() {
            return histogram.total();
        }

        /** 0..1 */
        public double progress() {
            return planned == 0 ? 0 : Math.min(1.0, (double) done() / planned);
        }
    }

    private Series off;
    private Series on;
    private boolean runningOff;
    private int version;

    /** A new series replaces the last one of its side (lock off for lock=none, else lock on). */
    public void begin(OutcomeGrader grader, int planned) {
        Series fresh = new Series(new OutcomeHistogram(grader), planned, false, false);
        runningOff = grader.lockMode().equals("none");
        if (runningOff) {
            off = fresh;
        } else {
            on = fresh;
        }
        version++;
    }

    /** One repetition of the running series ended with this final value. */
    public void add(long finalValue) {
        Series s = current();
        if (s != null && !s.ended()) {
            s.histogram().add(finalValue);
            version++;
        }
    }

    /** The running series is over; {@code stopped} when it ended early. */
    public void end(boolean stopped) {
        Series s = current();
        if (s != null && !s.ended()) {
            Series done = new Series(s.histogram(), s.planned(), true, stopped || s.done() < s.planned());
            if (runningOff) {
                off = done;
            } else {
                on = done;
            }
            version++;
        }
    }

    private Series current() {
        return runningOff ? off : on;
    }

    /** The series that runs now, if one does. */
    public Optional<Series> running() {
        Series s = current();
        return s != null && !s.ended() ? Optional.of(s) : Optional.empty();
    }

    public Optional<Series> lockOff() {
        return Optional.ofNullable(off);
    }

    public Optional<Series> lockOn() {
        return Optional.ofNullable(on);
    }

    public int version() {
        return version;
    }
}
