package org.proclab.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import org.proclab.runtime.Process;
import org.proclab.runtime.Queue;

/**
 * Workload 1: from just before {@code start()} to the parent's {@code get()} of the child's first put.
 * Three ProcLab cases: the first start in this JVM ("cold"); a later start with no standby, the runtime's
 * default (a new worker JVM, in a parent that is warm); and a start with one standby worker up
 * ({@code ProcLabRuntime.prewarm(1)}, like Python's forkserver with its server running).
 */
public final class StartWorkload implements Workload {

    static void firstMessage(Queue<Integer> queue) {
        queue.put(1);
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public String title() {
        return "start() → first message";
    }

    @Override
    public int proclabReps(BenchOptions options) {
        return options.repsFor(5, 11);
    }

    @Override
    public Map<String, Double> runProcLab(int rep, Results results) {
        if (rep == 0) {
            return Map.of("start.cold", once());
        }
        Standby.off();
        double fresh = once();
        Standby.ready(1);
        try {
            double warm = once();
            return Map.of("start.fresh", fresh, "start.spawn", warm, "start.fork", warm, "start.forkserver", warm);
        } finally {
            Standby.off();
        }
    }

    /** Seconds from just before start() to get() returning the child's first put. */
    static double once() {
        Queue<Integer> queue = new Queue<>();
        Process process = new Process(StartWorkload::firstMessage, queue);
        long t0 = System.nanoTime();
        process.start();
        Integer message = queue.get();
        double seconds = Figures.secondsSince(t0);
        process.join();
        if (message == null || message != 1) {
            throw new IllegalStateException("the child's first message was " + message + ", not 1");
        }
        return seconds;
    }

    @Override
    public List<String> pythonArgs(int rep) {
        return List.of("start", "--methods", "spawn,fork,forkserver");
    }

    @Override
    public Map<String, Double> fromPython(JsonNode json, Results results) {
        return Figures.pick(json, Map.of("start.spawn", "spawn", "start.fork", "fork",
                "start.forkserver", "forkserver", "start.cold", "spawn", "start.fresh", "spawn"));
    }
}
