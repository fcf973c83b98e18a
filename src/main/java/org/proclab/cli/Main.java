package org.proclab.cli;

/** The headless face of ProcLab: {@code list}, {@code run}, {@code bench}. Stub: filled in by the lessons work. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit status (0 ok, 1 failed, 2 bad usage). */
    public static int run(String[] args) {
        System.err.println("usage: proclab list | run ID [--set NAME=VALUE]... [--json] [--lang en|zh] | bench [--quick] [--json]");
        return 2;
    }
}
