package org.proclab.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.proclab.runtime.Pool;

/**
 * Workload 3: a new {@code Pool(2)} per repetition ("ready" = construction to the first tiny map returned),
 * then {@code map} of squaring over 10, 10,000 and 1,000,000 items with the default chunking. The workers are
 * new JVMs (the runtime's default); "ready" is also measured once with two standby workers up. Longs, because
 * 999,999² does not fit an int and Python's ints never overflow.
 */
public final class PoolWorkload implements Workload {
    static final int[] SIZES = {10, 10_000, 1_000_000};
    private final Map<Integer, List<Long>> inputs = new LinkedHashMap<>();

    static Long square(Long x) {
        return x * x;
    }

    @Override
    public String name() {
        return "pool";
    }

    @Override
    public String title() {
        return "Pool(2).map";
    }

    @Override
    public int proclabReps(BenchOptions options) {
        return options.repsFor(3, 5);
    }

    @Override
    public void prepare(Results results, PythonSide python) {
        for (int size : SIZES) {
            inputs.put(size, LongStream.range(0, size).boxed().collect(Collectors.toCollection(ArrayList::new)));
        }
    }

    @Override
    public Map<String, Double> runProcLab(int rep, Results results) {
        Map<String, Double> out = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        try (Pool pool = new Pool(2)) {
            pool.map(PoolWorkload::square, List.of(0L, 1L));
            double ready = Figures.secondsSince(t0);
            out.put("pool.ready", ready);
            // The same new-JVM figure, set against CPython's spawn pool in its own row.
            out.put("pool.ready.spawn", ready);
            for (int size : SIZES) {
                List<Long> items = inputs.get(size);
                t0 = System.nanoTime();
                List<Long> squares = pool.map(PoolWorkload::square, items);
                out.put("map." + size, Figures.secondsSince(t0));
                long last = size - 1L;
                if (squares.size() != size || squares.get(size - 1) != last * last) {
                    throw new IllegalStateException("map over " + size + " items gave a wrong result");
                }
            }
        }
        Standby.ready(2);
        try {
            t0 = System.nanoTime();
            try (Pool pool = new Pool(2)) {
                pool.map(PoolWorkload::square, List.of(0L, 1L));
                out.put("pool.ready.standby", Figures.secondsSince(t0));
            }
        } finally {
            Standby.off();
        }
        return out;
    }

    @Override
    public List<String> pythonArgs(int rep) {
        return List.of("pool", "--sizes", "10,10000,1000000", "--spawn-ready");
    }

    @Override
    public Map<String, Double> fromPython(JsonNode json, Results results) {
        String method = json.path("method").asText();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("pool.ready", "ready");
        fields.put("pool.ready.standby", "ready");
        for (int size : SIZES) {
            fields.put("map." + size, "map_" + size);
        }
        fields.keySet().forEach(row -> results.pythonNote(row, method));
        fields.put("pool.ready.spawn", "ready_spawn");
        results.pythonNote("pool.ready.spawn", "spawn");
        return Figures.pick(json, fields);
    }
}
