package org.proclab.cli;

import org.proclab.runtime.Params;
import org.proclab.runtime.Report;

/** A stand-in example that needs no worker JVM: prints, reports, and fails when asked to. */
public final class EchoExample {
    private EchoExample() {
    }

    public static void main(String[] args) {
        Params params = Params.parse(args);
        int n = params.getInt("n", 0);
        System.out.println("hello n=" + n);
        System.out.print("no newline at the end");
        System.err.println("to stderr: 中文");
        Report.put("expected", n * 10);
        Report.put("final", n * 10 - 4);
        if (n == 9) {
            throw new IllegalStateException("nine is unlucky");
        }
    }
}
