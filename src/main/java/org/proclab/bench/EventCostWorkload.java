package org.proclab.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.proclab.runtime.ProcessContext;
import org.proclab.runtime.Value;

/**
 * What one traced event costs: {@code getAndAdd} on a shared Value in this (main) process, first with nobody
 * listening (the runtime skips building events), then with a listener on the main event bus, the way
 * {@code proclab run} and the app listen. ProcLab only; Python has no events.
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
        Value<Integer> value = new Value<>('i', 0);
        loop(value);  // warm-up, untimed
        double off = loop(value);
        AtomicLong seen = new AtomicLong();
        double on;
        try (AutoCloseable subscription = ProcessContext.events().subscribe(event -> seen.incrementAndGet())) {
            on = loop(value);
        }
        if (seen.get() < OPS) {
            results.note("events: getAndAdd in the main process emitted " + seen.get() + " events for " + OPS
                    + " calls while traced");
        }
        return Map.of("events.off", off / OPS, "events.on", on / OPS, "events.cost", (on - off) / OPS);
    }

    private static double loop(Value<Integer> value) {
        long t0 = System.nanoTime();
        for (int i = 0; i < OPS; i++) {
            value.getAndAdd(1);
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
