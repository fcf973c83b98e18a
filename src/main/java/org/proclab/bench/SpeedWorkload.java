package org.proclab.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigInteger;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.proclab.runtime.Process;
import org.proclab.runtime.Queue;

/**
 * Workload 6, the speed chapter: the job twice one after the other ("plain"), in two threads and in two
 * processes (start-up included, as the tutorial times it). Either at the tutorial's n = 10,000,000, or at the
 * n where the plain run takes about 2 s, found at run time for each side: Java needs n ≈ 10⁹, CPython a few
 * million, so the two sides compare speed-ups there, not times.
 */
public final class SpeedWorkload implements Workload {
    static final long TUTORIAL_N = 10_000_000L;
    static final double TARGET_PLAIN_SECONDS = 2.0;

    private final boolean big;
    private final String group;
    private long proclabN;
    private long pythonN;

    private SpeedWorkload(boolean big) {
        this.big = big;
        this.group = big ? Rows.SPEED_BIG : Rows.SPEED_SMALL;
        this.proclabN = TUTORIAL_N;
        this.pythonN = TUTORIAL_N;
    }

    public static SpeedWorkload tutorialN() {
        return new SpeedWorkload(false);
    }

    public static SpeedWorkload twoSecondN() {
        return new SpeedWorkload(true);
    }

    static void jobToQueue(Queue<BigInteger> queue, Long n) {
        queue.put(SpeedJob.job(n));
    }

    @Override
    public String name() {
        return "speed";
    }

    @Override
    public String title() {
        return big ? "speed job, n where plain ≈ 2 s" : "speed job, n = 10,000,000";
    }

    @Override
    public int proclabReps(BenchOptions options) {
        return big ? options.repsFor(2, 5) : options.repsFor(3, 5);
    }

    @Override
    public int pythonReps(BenchOptions options) {
        return big ? options.repsFor(2, 3) : options.repsFor(1, 3);
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(180);
    }

    @Override
    public void prepare(Results results, PythonSide python) throws Exception {
        if (!big) {
            return;
        }
        proclabN = SpeedCalibration.proclabN(TARGET_PLAIN_SECONDS);
        results.note(String.format(Locale.ROOT, "speed job at ≈2 s: ProcLab n = %,d", proclabN));
        if (python != null) {
            JsonNode json = python.run(Duration.ofSeconds(120),
                    List.of("speed-calibrate", "--target", String.valueOf(TARGET_PLAIN_SECONDS)));
            pythonN = json.path("n").asLong(TUTORIAL_N);
            results.note(String.format(Locale.ROOT, "speed job at ≈2 s: Python n = %,d", pythonN));
        }
    }

    @Override
    public Map<String, Double> runProcLab(int rep, Results results) throws Exception {
        long n = proclabN;
        BigInteger expected = SpeedJob.exact(n).shiftLeft(1);
        Map<String, Double> out = new LinkedHashMap<>();

        long t0 = System.nanoTime();
        BigInteger plain = SpeedJob.job(n).add(SpeedJob.job(n));
        double plainSeconds = Figures.secondsSince(t0);
        check(plain, expected, "plain");

        t0 = System.nanoTime();
        BigInteger[] parts = new BigInteger[2];
        Thread[] threads = new Thread[2];
        for (int i = 0; i < 2; i++) {
            int slot = i;
            threads[i] = new Thread(() -> parts[slot] = SpeedJob.job(n), "speed-" + i);
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double threadSeconds = Figures.secondsSince(t0);
        check(parts[0].add(parts[1]), expected, "threads");

        double processSeconds = twoProcesses(n, expected);
        Standby.ready(2);
        double standbySeconds;
        try {
            standbySeconds = twoProcesses(n, expected);
        } finally {
            Standby.off();
        }

        out.put(group + ".plain", plainSeconds);
        out.put(group + ".threads", threadSeconds);
        out.put(group + ".processes", processSeconds);
        out.put(group + ".processes.standby", standbySeconds);
        out.put(group + ".speedup.threads", plainSeconds / threadSeconds);
        out.put(group + ".speedup.processes", plainSeconds / processSeconds);
        out.put(group + ".speedup.processes.standby", plainSeconds / standbySeconds);
        if (big) {
            out.keySet().forEach(row -> results.proclabNote(row, String.format(Locale.ROOT, "n=%.2g", (double) n)));
        }
        return out;
    }

    /** The tutorial's multicore(): two processes, results through a queue, timed from creating them to join. */
    private static double twoProcesses(long n, BigInteger expected) {
        Queue<BigInteger> queue = new Queue<>();
        long t0 = System.nanoTime();
        Process p1 = new Process(SpeedWorkload::jobToQueue, queue, n);
        Process p2 = new Process(SpeedWorkload::jobToQueue, queue, n);
        p1.start();
        p2.start();
        BigInteger both = queue.get().add(queue.get());
        p1.join();
        p2.join();
        double seconds = Figures.secondsSince(t0);
        check(both, expected, "processes");
        return seconds;
    }

    private static void check(BigInteger actual, BigInteger expected, String what) {
        if (!actual.equals(expected)) {
            throw new IllegalStateException(what + ": wrong result " + actual + ", expected " + expected);
        }
    }

    @Override
    public List<String> pythonArgs(int rep) {
        return List.of("speed", "--n", String.valueOf(pythonN));
    }

    @Override
    public Map<String, Double> fromPython(JsonNode json, Results results) {
        String note = json.path("method").asText() + (big ? String.format(Locale.ROOT, ", n=%.2g", (double) pythonN) : "");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(group + ".plain", "plain");
        fields.put(group + ".threads", "threads");
        fields.put(group + ".processes", "processes");
        fields.put(group + ".processes.standby", "processes");
        fields.put(group + ".speedup.threads", "speedup_threads");
        fields.put(group + ".speedup.processes", "speedup_processes");
        fields.put(group + ".speedup.processes.standby", "speedup_processes");
        fields.keySet().forEach(row -> results.pythonNote(row, note));
        return Figures.pick(json, fields);
    }
}
