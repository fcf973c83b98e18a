package org.proclab.compile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures what a Run of an edited Lock example costs in the window: the first compile of a fresh JVM, then
 * the median of the next ones (each a different edit, as a learner makes them). Run with the test class path:
 * {@code java -cp target/classes:target/test-classes:<deps> org.proclab.compile.CompileTimeProbe [N]}.
 */
public final class CompileTimeProbe {
    private CompileTimeProbe() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        String original = Files.readString(Path.of("lessons/lock/LockExample.java"));
        SourceCompiler compiler = SourceCompiler.standard();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        CompileResult first = compiler.compile("LockExample.java", edit(original, 0));
        double firstMs = (System.nanoTime() - t0) / 1e6;
        double firstCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        if (!first.ok()) {
            throw new IllegalStateException(first.problems().toString());
        }
        List<Double> later = new ArrayList<>();
        List<Double> laterCpu = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            CompileResult r = compiler.compile("LockExample.java", edit(original, i));
            later.add((System.nanoTime() - t) / 1e6);
            laterCpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
            if (!r.ok()) {
                throw new IllegalStateException(r.problems().toString());
            }
        }
        Collections.sort(later);
        Collections.sort(laterCpu);
        System.out.printf("first compile %.0f ms (CPU %.0f ms); next %d: median %.0f ms (CPU %.0f), min %.0f,"
                + " max %.0f%n", firstMs, firstCpu, n, later.get(later.size() / 2), laterCpu.get(n / 2),
                later.get(0), later.get(later.size() - 1));
    }

    /** The learner's edit: the addition taken into the lock, with a different delay each time. */
    static String edit(String original, int i) {
        return original.replace("                    addSlowly(counter, add, plan.delayMicros());\n                }\n"
                + "        }", "                    shared.lock().acquire();\n"
                + "                    addSlowly(counter, add, plan.delayMicros() + " + i + ");\n"
                + "                    shared.lock().release();\n                }\n        }");
    }
}
