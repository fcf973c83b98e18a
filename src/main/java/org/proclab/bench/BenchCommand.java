package org.proclab.bench;

/** {@code proclab bench [--quick] [--json]}. Stub: filled in by the benchmark work. */
public final class BenchCommand {
    private BenchCommand() {
    }

    public static int run(String[] args) {
        System.err.println("bench is not built yet");
        return 1;
    }
}
