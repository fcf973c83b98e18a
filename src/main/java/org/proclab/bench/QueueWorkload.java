package org.proclab.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import org.proclab.runtime.Process;
import org.proclab.runtime.Queue;

/**
 * Workload 2: one producer puts 100,000 small ints, the parent gets them. The clock starts when the parent
 * sends "go" to a producer that has said it is ready, so worker start-up is not counted.
 */
public final class QueueWorkload implements Workload {
    static final int ITEMS = 100_000;

    static void producer(Queue<Integer> queue, Queue<Integer> go) {
        queue.put(-1);
        int count = go.get();
        for (int i = 0; i < count; i++) {
            queue.put(i);
        }
    }

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public String title() {
        return "queue throughput";
    }

    @Override
    public int proclabReps(BenchOptions options) {
        return options.repsFor(3, 5);
    }

    @Override
    public Map<String, Double> runProcLab(int rep, Results results) {
        Queue<Integer> queue = new Queue<>();
        Queue<Integer> go = new Queue<>();
        Process process = new Process(QueueWorkload::producer, queue, go);
        process.start();
        try {
            if (queue.get() != -1) {
                throw new IllegalStateException("the producer did not say it was ready");
            }
            long t0 = System.nanoTime();
            go.put(ITEMS);
            long sum = 0;
            for (int i = 0; i < ITEMS; i++) {
                sum += queue.get();
            }
            double seconds = Figures.secondsSince(t0);
            if (sum != (long) ITEMS * (ITEMS - 1) / 2) {
                throw new IllegalStateException("items were lost or changed: sum " + sum);
            }
            return Map.of("queue", ITEMS / seconds);
        } finally {
            process.join();
        }
    }

    @Override
    public List<String> pythonArgs(int rep) {
        return List.of("queue", "--n", String.valueOf(ITEMS));
    }

    @Override
    public Map<String, Double> fromPython(JsonNode json, Results results) {
        results.pythonNote("queue", json.path("method").asText());
        return Figures.pick(json, Map.of("queue", "msgs_per_s"));
    }
}
