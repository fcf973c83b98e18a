package org.proclab.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.proclab.runtime.Process;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.Queue;

/**
 * Workload 2: one producer puts 100,000 small ints, the parent gets them. The clock starts when the parent
 * sends "go" to a producer that has said it is ready, so worker start-up is not counted. Measured twice:
 * with nobody listening (no events), and with a listener on the main event bus, as {@code proclab run} and the
 * app always have one, so the worker sends an event for each put and the parent makes one for each get.
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
    public Map<String, Double> runProcLab(int rep, Results results) throws Exception {
        double plain = itemsPerSecond();
        double traced;
        AtomicLong events = new AtomicLong();
        try (AutoCloseable listening = ProcessContext.events().subscribe(e -> events.incrementAndGet())) {
            traced = itemsPerSecond();
        }
        if (events.get() < 2L * ITEMS) {
            results.note("queue: " + events.get() + " events seen for " + ITEMS + " traced puts and gets");
        }
        return Map.of("queue", plain, "queue.traced", traced);
    }

    /** Items per second from "go" to the last get; a worker traces when someone listens as it starts. */
    private static double itemsPerSecond() {
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
            return ITEMS / seconds;
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
        results.pythonNote("queue.traced", json.path("method").asText() + ", untraced");
        return Figures.pick(json, Map.of("queue", "msgs_per_s", "queue.traced", "msgs_per_s"));
    }
}
