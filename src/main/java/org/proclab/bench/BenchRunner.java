package org.proclab.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.proclab.runtime.ProcLabRuntime;

/**
 * Runs the workloads, interleaving ProcLab and Python repetition by repetition (ABBA order, so a slow drift of
 * the machine does not favour one side), waiting for the machine to go quiet between measurements. A side that
 * fails or hangs is recorded and skipped for the rest of that workload; the others go on.
 */
public final class BenchRunner {
    private static final Duration SETTLE_MAX = Duration.ofSeconds(2);

    private final BenchOptions options;
    private final Results results;
    private final PythonSide python;
    private final PrintStream progress;
    private final ExecutorService proclabThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bench-proclab");
        t.setDaemon(true);  // a hung repetition must not keep the JVM alive
        return t;
    });

    public BenchRunner(BenchOptions options, Results results, PythonSide python, PrintStream progress) {
        this.options = options;
        this.results = results;
        this.python = python;
        this.progress = progress;
    }

    public void run(List<Workload> workloads) {
        try {
            for (Workload w : workloads) {
                if (options.runs(w.name())) {
                    runOne(w);
                }
            }
        } finally {
            proclabThread.shutdownNow();
        }
    }

    private void runOne(Workload w) {
        long t0 = System.nanoTime();
        progress.println("[bench] " + w.title());
        try {
            repeat(w);
        } finally {
            progress.println(String.format(Locale.ROOT, "[bench]   (%.0f s)", Figures.secondsSince(t0)));
        }
    }

    private void repeat(Workload w) {
        try {
            w.prepare(results, python);
        } catch (Exception ex) {
            results.error(w.title(), "preparing: " + describe(ex));
            progress.println("[bench]   could not prepare: " + describe(ex));
            return;
        }
        int plReps = w.proclabReps(options);
        boolean hasPython = python != null && w.pythonArgs(0) != null;
        int pyReps = hasPython ? w.pythonReps(options) : 0;
        boolean plOk = true;
        boolean pyOk = hasPython;
        for (int rep = 0; rep < Math.max(plReps, pyReps); rep++) {
            boolean pythonFirst = rep % 2 == 1;
            if (pythonFirst && pyOk && rep < pyReps) {
                pyOk = python(w, rep);
            }
            if (plOk && rep < plReps) {
                plOk = proclab(w, rep);
            }
            if (!pythonFirst && pyOk && rep < pyReps) {
                pyOk = python(w, rep);
            }
        }
    }

    private boolean proclab(Workload w, int rep) {
        Future<Map<String, Double>> future = proclabThread.submit(() -> w.runProcLab(rep, results));
        try {
            Map<String, Double> figures = future.get(w.timeout().toMillis(), TimeUnit.MILLISECONDS);
            results.addProcLab(figures);
            progress.println("[bench]   ProcLab #" + (rep + 1) + ": " + summary(figures));
            return true;
        } catch (TimeoutException ex) {
            future.cancel(true);
            ProcLabRuntime.shutdown();  // frees a repetition stuck on a worker that will never answer
            return failed(w, "ProcLab", "no answer after " + w.timeout().toSeconds() + " s");
        } catch (ExecutionException ex) {
            return failed(w, "ProcLab", describe(ex.getCause()));
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return failed(w, "ProcLab", "interrupted");
        } finally {
            Settle.quiet(SETTLE_MAX);
        }
    }

    private boolean python(Workload w, int rep) {
        try {
            JsonNode json = python.run(w.timeout(), w.pythonArgs(rep));
            Map<String, Double> figures = w.fromPython(json, results);
            results.addPython(figures);
            progress.println("[bench]   Python  #" + (rep + 1) + ": " + summary(figures));
            return true;
        } catch (Exception ex) {
            return failed(w, "Python", describe(ex));
        } finally {
            Settle.quiet(SETTLE_MAX);
        }
    }

    private boolean failed(Workload w, String side, String why) {
        if (ChildReaper.interrupted()) {
            return false;  // we are killing the children ourselves: not a result
        }
        results.error(side + " " + w.title(), why);
        progress.println("[bench]   " + side + " failed: " + why);
        return false;
    }

    static String describe(Throwable ex) {
        String message = ex.getMessage();
        return ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String summary(Map<String, Double> figures) {
        StringBuilder out = new StringBuilder();
        figures.forEach((row, value) -> out.append(out.length() == 0 ? "" : ", ")
                .append(row).append(' ').append(String.format(Locale.ROOT, "%.4g", value)));
        return out.toString();
    }
}
