package org.proclab.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.proclab.runtime.AsyncResult;
import org.proclab.runtime.Pool;

/** Workload 4: 10,000 {@code applyAsync} submitted then collected, and 1,000 round trips one at a time. */
public final class ApplyWorkload implements Workload {
    static final int BULK = 10_000;
    static final int TRIPS = 1_000;

    @Override
    public String name() {
        return "apply";
    }

    @Override
    public String title() {
        return "applyAsync";
    }

    @Override
    public int proclabReps(BenchOptions options) {
        return options.repsFor(3, 5);
    }

    @Override
    public Map<String, Double> runProcLab(int rep, Results results) {
        try (Pool pool = new Pool(2)) {
            pool.map(PoolWorkload::square, List.of(0L, 1L));
            long t0 = System.nanoTime();
            List<AsyncResult<Long>> handles = new ArrayList<>(BULK);
            for (long i = 0; i < BULK; i++) {
                handles.add(pool.applyAsync(PoolWorkload::square, i));
            }
            long last = 0;
            for (AsyncResult<Long> handle : handles) {
                last = handle.get();
            }
            double bulk = Figures.secondsSince(t0);
            if (last != (BULK - 1L) * (BULK - 1L)) {
                throw new IllegalStateException("applyAsync gave a wrong result: " + last);
            }
            t0 = System.nanoTime();
            for (long i = 0; i < TRIPS; i++) {
                if (pool.applyAsync(PoolWorkload::square, i).get() != i * i) {
                    throw new IllegalStateException("a round trip gave a wrong result");
                }
            }
            double trips = Figures.secondsSince(t0);
            return Map.of("apply.bulk", bulk / BULK, "apply.trip", trips / TRIPS);
        }
    }

    @Override
    public List<String> pythonArgs(int rep) {
        return List.of("apply", "--n", String.valueOf(BULK), "--trips", String.valueOf(TRIPS));
    }

    @Override
    public Map<String, Double> fromPython(JsonNode json, Results results) {
        String method = json.path("method").asText();
        results.pythonNote("apply.bulk", method);
        results.pythonNote("apply.trip", method);
        return Figures.pick(json, Map.of("apply.bulk", "bulk_per_task", "apply.trip", "trip_each"));
    }
}
