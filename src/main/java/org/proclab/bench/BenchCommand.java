package org.proclab.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code proclab bench [--quick] [--json]}: ProcLab's runtime against CPython's {@code multiprocessing}, side by
 * side in one run. The table (or with {@code --json} one JSON object) goes to stdout, progress to stderr.
 * Exit status: 0 when every workload ran, 1 when one failed, 2 for bad usage.
 */
public final class BenchCommand {
    private BenchCommand() {
    }

    /** For running the bench without the CLI: {@code java -cp proclab.jar org.proclab.bench.BenchCommand}. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        // the real stdout, in UTF-8 (the table has ×, µ, →), whatever System.out has been replaced with
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException ex) {
            err.println(ex.getMessage());
            return 2;
        }
        if (options.help()) {
            out.println(BenchOptions.USAGE);
            return 0;
        }
        Thread hook = ChildReaper.installShutdownHook();
        long t0 = System.nanoTime();
        String loadAtStart = MachineInfo.loadAverageNow();
        Results results = new Results();
        try {
            PythonSide python = findPython(options, results, err);
            new BenchRunner(options, results, python, err).run(workloads());
            int left = ChildReaper.reapAll(Duration.ofSeconds(3));
            if (left > 0) {
                results.error("cleanup", left + " child processes were still alive at the end and were killed");
            }
            List<RowResult> rows = Rows.all().stream().map(r -> RowResult.of(r, results)).collect(Collectors.toList());
            Map<String, String> machine = MachineInfo.describe(python, loadAtStart);
            double wall = (System.nanoTime() - t0) / 1e9;
            if (options.json()) {
                out.println(JsonReport.build(options, machine, rows, results, wall).toString());
            } else {
                out.print(TextReport.render(machine, rows, results, wall));
            }
            return results.errors().isEmpty() ? 0 : 1;
        } finally {
            ChildReaper.reapAll(Duration.ofSeconds(1));
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // already exiting: the hook runs anyway
            }
        }
    }

    static List<Workload> workloads() {
        return List.of(new StartWorkload(), new QueueWorkload(), new PoolWorkload(), new ApplyWorkload(),
                new CounterWorkload(), new EventCostWorkload(), SpeedWorkload.tutorialN(), SpeedWorkload.twoSecondN());
    }

    private static PythonSide findPython(BenchOptions options, Results results, PrintStream err) {
        Optional<Path> interpreter = PythonLocator.interpreter(options.python(), System.getenv());
        Optional<Path> script = PythonLocator.script();
        if (options.noPython()) {
            results.note("Python side not run (--no-python)");
        } else if (interpreter.isEmpty()) {
            results.note("Python side skipped: no python3 on PATH (install CPython 3, or pass --python PATH"
                    + " or set PROCLAB_PYTHON)");
        } else if (script.isEmpty()) {
            results.note("Python side skipped: " + PythonLocator.SCRIPT + " not found (run from the project"
                    + " directory or set -Dproclab.home)");
        } else {
            try {
                PythonSide python = PythonSide.start(interpreter.get(), script.get());
                err.println("[bench] Python: " + python.version() + " at " + python.executable()
                        + ", default start method " + python.defaultMethod());
                return python;
            } catch (Exception ex) {
                results.note("Python side skipped: " + interpreter.get() + " did not run our script: "
                        + BenchRunner.describe(ex));
            }
        }
        err.println("[bench] " + results.notes().get(results.notes().size() - 1));
        return null;
    }
}
