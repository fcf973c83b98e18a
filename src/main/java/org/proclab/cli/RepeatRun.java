package org.proclab.cli;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.proclab.fold.Outcome;
import org.proclab.host.wire.HostMessage;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.outcome.Grade;
import org.proclab.lesson.outcome.OutcomeGrader;
import org.proclab.runtime.ProcLabRuntime;
import org.proclab.runtime.context.ProcessContext;

/**
 * {@code run ID --repeat N}: the example N times in this one JVM, to see how often each outcome happens.
 * Worker JVMs are kept started in advance ({@link ProcLabRuntime#prewarm}) so a repetition does not wait for
 * a cold JVM; per-event output is left out, each repetition gives one line and the end a histogram. The
 * outcome counted is the chapter's declared final report (the lock chapter), else the report its question
 * reveals. Meant for examples that join their workers before they return, as every chapter does.
 */
final class RepeatRun {
    private final Chapter chapter;
    private final Map<String, String> params;
    private final Method main;
    private final int times;

    RepeatRun(Chapter chapter, Map<String, String> params, Method main, int times) {
        this.chapter = chapter;
        this.params = params;
        this.main = main;
        this.times = times;
    }

    /** Everything the result line says. */
    record Summary(String lesson, boolean ok, String error, int runs, long millis, Map<String, String> params,
                   Optional<OutcomeGrader> grader, Map<String, Integer> histogram) {
    }

    int run(RepeatPrinter printer) {
        Optional<OutcomeGrader> grader = OutcomeGrader.forParams(params);
        Map<String, Integer> histogram = new TreeMap<>(RepeatRun::compareOutcomes);
        String[] argv = ExampleInvoker.argv(params);
        Thread hook = new Thread(ProcLabRuntime::shutdown, "proclab-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        long start = System.nanoTime();
        String error = null;
        int done = 0;
        try {
            ProcLabRuntime.prewarm(workersStarted(params));
            while (done < times && error == null) {
                long t0 = System.nanoTime();
                RunRecord record = new RunRecord();
                AutoCloseable subscription = ProcessContext.events().subscribe(record);
                try {
                    error = ExampleInvoker.invokeCapturingOutput(main, argv);
                } finally {
                    ExampleInvoker.closeQuietly(subscription);
                }
                if (error == null) {
                    done++;
                    long millis = (System.nanoTime() - t0) / 1_000_000;
                    HostMessage.Repeat repetition = repetition(done, record.reports(), grader, millis);
                    if (repetition.outcome() != null) {
                        histogram.merge(repetition.outcome(), 1, Integer::sum);
                    }
                    printer.repetition(repetition);
                }
            }
        } finally {
            ProcLabRuntime.shutdown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook is running or has run: nothing left to undo.
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        printer.result(new Summary(chapter.id(), error == null, error, done, millis, params, grader, histogram));
        return error == null ? 0 : 1;
    }

    /** One repetition: the chapter's final report is the outcome counted, else the report its question reveals. */
    private HostMessage.Repeat repetition(int run, Map<String, String> reports, Optional<OutcomeGrader> grader,
                                          long millis) {
        Outcome figures = Outcome.of(chapter.outcome(), reports);
        String finalReport = chapter.outcome().finalReport();
        String reveal = chapter.question() == null ? null : chapter.question().reveal();
        String outcome = finalReport != null && reports.containsKey(finalReport) ? reports.get(finalReport)
                : reveal == null ? null : reports.get(reveal);
        Long last = figures.finalValue();
        Grade grade = last == null ? null : grader.map(g -> g.grade(last)).orElse(null);
        return new HostMessage.Repeat(run, outcome, figures.expected(), last, grade == null ? null : grade.key(),
                millis);
    }

    /** How many worker JVMs one repetition starts: the {@code workers} or {@code processes} parameter, else 2. */
    static int workersStarted(Map<String, String> params) {
        for (String name : new String[] {"workers", "processes"}) {
            Long n = number(params.get(name));
            if (n != null && n >= 1 && n <= 64) {
                return n.intValue();
            }
        }
        return 2;
    }

    /** Numbers in numeric order, before any text; text in its own order. */
    static int compareOutcomes(String a, String b) {
        BigDecimal x = decimal(a);
        BigDecimal y = decimal(b);
        if (x != null && y != null) {
            int byValue = x.compareTo(y);
            return byValue != 0 ? byValue : a.compareTo(b);
        }
        return Comparator.<String, Boolean>comparing(s -> decimal(s) == null).thenComparing(s -> s).compare(a, b);
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static Long number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
