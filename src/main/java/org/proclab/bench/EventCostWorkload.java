package org.proclab.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.Queue;

/**
 * What one traced event costs in the main process: a local {@link Queue} put and get (no worker involved),
 * first with nobody listening (the runtime builds no events), then with a listener on the main event bus, the
 * way {@code proclab run} and the app listen. Each put+get makes two events. ProcLab only.
 */
public final class EventCostWorkload implements Workload {
    static final int OPS = 200_000;

    @Override
    public String name() {
        return "events";
    }

    @Override
    public String title() {
        return "cost of a traced event";
    }

    @Override
    public int proclabReps(BenchOptions options) {
        return options.repsFor(3, 5);
    }

    @Override
    public int pythonReps(BenchOptions options) {
        return 0;
    }

    @Override
    public Map<String, Double> runProcLab(int rep, Results results) throws Exception {
        Queue<Integer> queue = new Queue<>();
        loop(queue);  // warm-up, untimed
        double off = loop(queue);
        AtomicLong seen = new AtomicLong();
        double on;
        try (AutoCloseable listening = ProcessContext.events().subscribe(event -> seen.incrementAndGet())) {
            on = loop(queue);
        }
        if (seen.get() != 2L * OPS) {
            results.note("events: " + seen.get() + " events for " + OPS + " traced put+get pairs");
        }
        return Map.of("events.off", off / OPS, "events.on", on / OPS, "events.cost", (on - off) / (2.0 * OPS));
    }

    private static double loop(Queue<Integer> queue) {
        long t0 = System.nanoTime();
        for (int i = 0; i < OPS; i++) {
            queue.put(i);
            queue.get();
        }
        return Figures.secondsSince(t0);
    }

    @Override
    public List<String> pythonArgs(int rep) {
        return null;
    }

    @Override
    public Map<String, Double> fromPython(JsonNode json, Results results) {
        return Map.of();
    }
}
