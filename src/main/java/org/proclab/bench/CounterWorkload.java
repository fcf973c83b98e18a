package org.proclab.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.proclab.runtime.Process;
import org.proclab.runtime.Queue;
import org.proclab.runtime.Target3;
import org.proclab.runtime.Value;

/**
 * Workload 5: two processes each add 1 to one shared Value 100,000 times, under the Value's lock and with
 * {@code getAndAdd}. Both wait for a "go" carrying the count, so their loops overlap although their JVMs start
 * tens of milliseconds apart; each reports its loop's start and end on the machine-wide monotonic clock
 * ({@code System.nanoTime}, Python's {@code time.monotonic_ns}), and the figure is the overlap span / 200,000.
 * Python has no atomic add on a {@code Value}: both ProcLab variants are compared with its locked loop.
 * Each variant runs in two new worker JVMs (the runtime's default) and in two standby workers.
 */
public final class CounterWorkload implements Workload {
    static final int PER_PROCESS = 100_000;

    static void lockedAdder(Value<Integer> value, Queue<Integer> go, Queue<long[]> out) {
        out.put(new long[] {0, 0});
        int count = go.get();
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            try (var held = value.getLock().hold()) {
                value.set(value.get() + 1);
            }
        }
        out.put(new long[] {t0, System.nanoTime()});
    }

    static void atomicAdder(Value<Integer> value, Queue<Integer> go, Queue<long[]> out) {
        out.put(new long[] {0, 0});
        int count = go.get();
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            value.getAndAdd(1);
        }
        out.put(new long[] {t0, System.nanoTime()});
    }

    @Override
    public String name() {
        return "counter";
    }

    @Override
    public String title() {
        return "shared Value increments";
    }

    @Override
    public int proclabReps(BenchOptions options) {
        return options.repsFor(3, 5);
    }

    @Override
    public Map<String, Double> runProcLab(int rep, Results results) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("counter.lock", perIncrement(CounterWorkload::lockedAdder, "lock"));
        out.put("counter.atomic", perIncrement(CounterWorkload::atomicAdder, "getAndAdd"));
        out.put("counter.lock.standby", withStandbys(CounterWorkload::lockedAdder, "lock"));
        out.put("counter.atomic.standby", withStandbys(CounterWorkload::atomicAdder, "getAndAdd"));
        return out;
    }

    private static double withStandbys(Target3<Value<Integer>, Queue<Integer>, Queue<long[]>> adder, String how) {
        Standby.ready(2);
        try {
            return perIncrement(adder, how);
        } finally {
            Standby.off();
        }
    }

    private static double perIncrement(Target3<Value<Integer>, Queue<Integer>, Queue<long[]>> adder, String how) {
        Value<Integer> value = new Value<>('i', 0);
        Queue<Integer> go = new Queue<>();
        Queue<long[]> out = new Queue<>();
        List<Process> adders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Process p = new Process(adder, value, go, out);
            adders.add(p);
            p.start();
        }
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        try {
            out.get();
            out.get();
            go.put(PER_PROCESS);
            go.put(PER_PROCESS);
            for (int i = 0; i < 2; i++) {
                long[] span = out.get();
                start = Math.min(start, span[0]);
                end = Math.max(end, span[1]);
            }
        } finally {
            adders.forEach(Process::join);
        }
        int total = value.get();
        if (total != 2 * PER_PROCESS) {
            throw new IllegalStateException(how + ": the counter ended at " + total + ", not " + 2 * PER_PROCESS);
        }
        return (end - start) / 1e9 / (2 * PER_PROCESS);
    }

    @Override
    public List<String> pythonArgs(int rep) {
        return List.of("counter", "--n", String.valueOf(PER_PROCESS));
    }

    @Override
    public Map<String, Double> fromPython(JsonNode json, Results results) {
        String method = json.path("method").asText();
        results.pythonNote("counter.lock", method);
        results.pythonNote("counter.lock.standby", method);
        results.pythonNote("counter.atomic", method + ", lock: no atomic add");
        results.pythonNote("counter.atomic.standby", method + ", lock: no atomic add");
        return Figures.pick(json, Map.of("counter.lock", "per_increment", "counter.atomic", "per_increment",
                "counter.lock.standby", "per_increment", "counter.atomic.standby", "per_increment"));
    }
}
