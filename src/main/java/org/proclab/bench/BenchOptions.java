package org.proclab.bench;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code proclab bench} was asked to do.
 *
 * @param quick  fewer repetitions, so the whole run stays under about three minutes on two cores
 * @param json   print one JSON object instead of the table
 * @param reps   repetitions per workload; 0 = the default for quick or full mode
 * @param only   workload names to run (empty = all)
 * @param python the Python interpreter to use; null = find {@code python3}
 * @param help   print usage and stop
 * @param noPython ProcLab side only
 */
public record BenchOptions(boolean quick, boolean json, int reps, Set<String> only, Path python, boolean help,
                           boolean noPython) {

    public static final List<String> WORKLOADS = List.of("start", "queue", "pool", "apply", "counter", "speed", "events");

    public static final String USAGE = "usage: proclab bench [--quick] [--json] [--reps N] [--only "
            + String.join(",", WORKLOADS) + "] [--python PATH | --no-python]";

    /** Throws {@link IllegalArgumentException} with a message naming what is allowed. */
    public static BenchOptions parse(String[] args) {
        boolean quick = false;
        boolean json = false;
        boolean help = false;
        boolean noPython = false;
        int reps = 0;
        Set<String> only = new LinkedHashSet<>();
        Path python = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> quick = true;
                case "--json" -> json = true;
                case "-h", "--help" -> help = true;
                case "--no-python" -> noPython = true;
                case "--reps" -> reps = parseReps(value(args, ++i, arg));
                case "--python" -> python = Path.of(value(args, ++i, arg));
                case "--only" -> {
                    for (String name : value(args, ++i, arg).split(",")) {
                        if (!WORKLOADS.contains(name.trim())) {
                            throw new IllegalArgumentException("unknown workload \"" + name.trim()
                                    + "\"; known: " + String.join(", ", WORKLOADS));
                        }
                        only.add(name.trim());
                    }
                }
                default -> throw new IllegalArgumentException("unknown option \"" + arg + "\"\n" + USAGE);
            }
        }
        return new BenchOptions(quick, json, reps, Set.copyOf(only), python, help, noPython);
    }

    public boolean runs(String workload) {
        return only.isEmpty() || only.contains(workload);
    }

    /** Repetitions for a workload: {@code --reps} if given, else the quick or full default. */
    public int repsFor(int quickDefault, int fullDefault) {
        if (reps > 0) {
            return reps;
        }
        return quick ? quickDefault : fullDefault;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static int parseReps(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= 100) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--reps must be a whole number from 1 to 100, not \"" + text + "\"");
    }
}
