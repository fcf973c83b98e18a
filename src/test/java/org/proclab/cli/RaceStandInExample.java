package org.proclab.cli;

import java.util.concurrent.atomic.AtomicInteger;
import org.proclab.runtime.Params;
import org.proclab.runtime.Report;

/**
 * Stands in for the lock chapter's race without worker JVMs: it reports the race's figures, and its final
 * value follows a fixed script across the runs of one JVM (all arrive, one addition lost, then a value no
 * interleaving can produce), so the repeat mode's counting and grading can be checked exactly.
 */
public final class RaceStandInExample {
    static final AtomicInteger RUNS = new AtomicInteger();

    private RaceStandInExample() {
    }

    public static void main(String[] args) {
        Params params = Params.parse(args);
        long expected = params.getInt("iterations", 10) * 4L;
        int run = RUNS.getAndIncrement();
        long[] script = {expected, expected - 1, expected, 3};
        System.out.println("run " + run);
        Report.put("expected", expected);
        Report.put("final", script[run % script.length]);
        Report.put("lost", expected - script[run % script.length]);
    }
}
