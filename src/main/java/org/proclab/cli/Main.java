package org.proclab.cli;

import org.proclab.bench.BenchCommand;
import org.proclab.lesson.CourseLoader;
import org.proclab.runtime.ProcLabRuntime;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The headless face of ProcLab: {@code list}, {@code run}, {@code bench}. */
public final class Main {
    static final String USAGE = "usage: proclab list\n"
            + "       proclab run ID|FILE.java [--set NAME=VALUE]... [--json] [--lang en|zh] [--step] [--repeat N]\n"
            + "       proclab bench [--quick] [--json]";

    private Main() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the locale says: lesson titles are Chinese too, and the app decodes our JSON as UTF-8.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (args.length > 0 && args[0].equals(ReadyHost.COMMAND)) {
            // A run host started ahead of time: it gets its real command line on stdin when a run begins.
            ProcLabRuntime.exitWithParent();
            args = ReadyHost.awaitCommand(System.in);
        }
        if (args.length > 0 && args[0].equals("run")) {
            // Whoever started this run (the app, a shell) may die without telling us: the run must not outlive it.
            ProcLabRuntime.exitWithParent();
        }
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs a command and returns its exit status (0 ok, 1 failed, 2 bad usage). */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "list":
                if (!rest.isEmpty()) {
                    err.println("list takes no arguments\n" + USAGE);
                    return 2;
                }
                return ListCommand.run(CourseLoader.loadDefault(), out, err);
            case "run":
                return new RunSubcommand(CourseLoader.loadDefault(), out, err).run(rest);
            case "bench":
                return BenchCommand.run(rest.toArray(new String[0]));
            default:
                err.println("unknown command \"" + args[0] + "\"\n" + USAGE);
                return 2;
        }
    }
}
