package org.proclab.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import org.proclab.runtime.Process;
import org.proclab.runtime.Queue;

/**
 * Workload 1: from just before {@code start()} to the parent's {@code get()} of the child's first put.
 * The first start in this JVM is kept apart ("cold"); later ones are what a learner sees from the second
 * worker on, including a warm standby worker if the runtime keeps one.
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
        return options.repsFor(6, 11);
    }

    @Override
    public Map<String, Double> runProcLab(int rep, Results results) {
        Queue<Integer> queue = new Queue<>();
        Process process = new Process(StartWorkload::firstMessage, queue);
        long t0 = System.nanoTime();
        process.start();
        Integer message = queue.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        process.join();
        if (message == null || message != 1) {
            throw new IllegalStateException("the child's first message was " + message + ", not 1");
        }
        if (rep == 0) {
            return Map.of("start.cold", seconds);
        }
        return Map.of("start.spawn", seconds, "start.fork", seconds, "start.forkserver", seconds);
    }

    @Override
    public List<String> pythonArgs(int rep) {
        return List.of("start", "--methods", "spawn,fork,forkserver");
    }

    @Override
    public Map<String, Double> fromPython(JsonNode json, Results results) {
        results.pythonNote("start.cold", "spawn");
        return Figures.pick(json, Map.of("start.spawn", "spawn", "start.fork", "fork",
                "start.forkserver", "forkserver", "start.cold", "spawn"));
    }
}
