package org.proclab.lessons;

import org.proclab.runtime.Params;
import org.proclab.runtime.ProcLabRuntime;
import org.proclab.runtime.Process;
import org.proclab.runtime.Queue;
import org.proclab.runtime.Report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;

/** The same job done three ways: plainly twice, in two threads, in two worker processes. Which is fastest? */
public class SpeedExample {

    /** CPython lets a waiting thread have the GIL after 5 ms (Python's sys.getswitchinterval()). */
    static final long SWITCH_INTERVAL_NANOS = 5_000_000;
    static final long BLOCK = 1 << 16;
    /** The plain way should take about this long, so that the work clearly outweighs starting two JVMs. */
    static final double PLAIN_TARGET_SECONDS = 1.5;
    static final long CALIBRATION_STEPS = 20_000_000;
    /** The chapter's largest n: i² still fits a long far beyond it (up to about 3·10^9). */
    static final long MAX_N = 1_000_000_000;

    /**
     * The tutorial's job: the sum of i + i² + i³ for every i below n. For n = 10,000,000 the answer has 28
     * digits, far beyond a long (at most about 9.2·10^18), so the total is kept in 128 bits.
     */
    static Int128 job(long n, Gil gil) {
        Int128 total = new Int128();
        for (long start = 0; start < n; start += BLOCK) {
            if (gil != null) {
                gil.letOthersRunIfTimeIsUp();
            }
            long end = Math.min(n, start + BLOCK);
            for (long i = start; i < end; i++) {
                long square = i * i;                                  // fits a long while i < 3·10^9
                total.add(Math.multiplyHigh(square, i), square * i);  // i³ needs 128 bits: high and low half
                total.add(0, i + square);
            }
        }
        return total;
    }

    /** A whole number of 128 bits in two longs: enough for this sum up to n = 10^9 and beyond. */
    static final class Int128 {
        long high;
        long low;

        void add(long addHigh, long addLow) {
            long sum = low + addLow;
            // The low half overflowed exactly when, read as unsigned, it got smaller: carry one.
            high += addHigh + (Long.compareUnsigned(sum, low) < 0 ? 1 : 0);
            low = sum;
        }

        void add(Int128 other) {
            add(other.high, other.low);
        }

        BigInteger toBigInteger() {
            return BigInteger.valueOf(high).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(low)));
        }

        @Override
        public String toString() {
            return toBigInteger().toString();
        }
    }

    /** Python-style GIL: only the thread holding this lock may compute, and it hands it over every 5 ms. */
    static final class Gil {
        private final ReentrantLock lock = new ReentrantLock(true);   // fair: a waiting thread goes next
        private long heldSince;

        void acquire() {
            lock.lock();
            heldSince = System.nanoTime();
        }

        void release() {
            lock.unlock();
        }

        void letOthersRunIfTimeIsUp() {
            if (System.nanoTime() - heldSince >= SWITCH_INTERVAL_NANOS && lock.hasQueuedThreads()) {
                lock.unlock();
                lock.lock();   // queues behind the thread that was waiting
                heldSince = System.nanoTime();
            }
        }
    }

    /** Way 1: no help at all, the job twice, one after the other. */
    static Int128 plain(long n) {
        Int128 total = job(n, null);
        total.add(job(n, null));
        return total;
    }

    /** Way 2: two threads of this process, one job each. */
    static Int128 twoThreads(long n, boolean gilOn) throws InterruptedException {
        Gil gil = gilOn ? new Gil() : null;
        Int128[] results = new Int128[2];
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            final int slot = t;
            threads[t] = new Thread(() -> {
                if (gil != null) {
                    gil.acquire();
                }
                try {
                    results[slot] = job(n, gil);
                } finally {
                    if (gil != null) {
                        gil.release();
                    }
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        results[0].add(results[1]);
        return results[0];
    }

    /**
     * Runs in a worker JVM: one job, its result put on the queue as a BigInteger, what a Python int is. (Our own
     * Int128 would travel by Java serialization, whose set-up costs a new JVM about 25 ms: not the lesson here.)
     */
    static void jobInWorker(Queue<BigInteger> results, long n) {
        results.put(job(n, null).toBigInteger());
    }

    /** Way 3: two worker processes, one job each; starting their JVMs is part of the cost. */
    static BigInteger twoProcesses(long n) {
        Queue<BigInteger> results = new Queue<>();
        Process first = new Process(SpeedExample::jobInWorker, results, n);
        Process second = new Process(SpeedExample::jobInWorker, results, n);
        first.start();
        second.start();
        BigInteger total = results.get().add(results.get());
        first.join();
        second.join();
        return total;
    }

    /** How long each way took, in milliseconds, and the answer they all agreed on. */
    record Timings(double plainMs, double threadsMs, double processesMs, Int128 result) {
    }

    /** A run of seconds should say which way is running now, not sit silent. */
    static void announce(boolean announce, String what) {
        if (announce) {
            System.out.println(what);
        }
    }

    /** Runs all three ways for one n, and checks that they agree. */
    static Timings race(long n, boolean gilOn, boolean announce) throws InterruptedException {
        announce(announce, "running: plain, the job twice in a row");
        long t0 = System.nanoTime();
        Int128 plain = plain(n);
        long t1 = System.nanoTime();
        announce(announce, "running: two threads");
        Int128 threads = twoThreads(n, gilOn);
        long t2 = System.nanoTime();
        announce(announce, "running: two processes");
        BigInteger processes = twoProcesses(n);
        long t3 = System.nanoTime();
        if (!plain.toString().equals(threads.toString()) || !plain.toString().equals(processes.toString())) {
            throw new IllegalStateException("the three ways disagree: " + plain + ", " + threads + ", " + processes);
        }
        return new Timings((t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, plain);
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, "%.3f", millis);
    }

    /**
     * Picks n so that the plain way (the job twice) takes about PLAIN_TARGET_SECONDS on this machine: the
     * warmed-up loop is timed at a trial size and scaled. A fixed n would be seconds on one computer and
     * milliseconds on another, and the lesson's point only shows when the work dwarfs starting a JVM.
     */
    static long calibratedN() {
        long fastest = Long.MAX_VALUE;
        for (int trial = 0; trial < 3; trial++) {
            long t0 = System.nanoTime();
            job(CALIBRATION_STEPS, null);
            fastest = Math.min(fastest, System.nanoTime() - t0);
        }
        double nanosPerStep = (double) fastest / CALIBRATION_STEPS;
        long n = (long) (PLAIN_TARGET_SECONDS * 1e9 / 2 / nanosPerStep);
        long rounded = roundToTwoDigits(Math.max(CALIBRATION_STEPS, Math.min(MAX_N, n)));
        System.out.println(String.format(Locale.ROOT, "measured: %,d steps of the loop take %.1f ms here, so n = %,d"
                + " makes the plain way take about %.1f s", CALIBRATION_STEPS, fastest / 1e6, rounded,
                PLAIN_TARGET_SECONDS));
        return rounded;
    }

    /** 512,345,678 becomes 510,000,000: a size a learner can read and type again. */
    static long roundToTwoDigits(long n) {
        long unit = 1;
        while (n / unit >= 100) {
            unit *= 10;
        }
        return Math.round((double) n / unit) * unit;
    }

    /** The sizes a sweep races at: 10^4, 10^5, ... below n, then n itself. */
    static List<Long> sweepSizes(long top) {
        List<Long> sizes = new ArrayList<>();
        for (long size = 10_000; size < top; size *= 10) {
            sizes.add(size);
        }
        sizes.add(top);
        return sizes;
    }

    public static void main(String[] args) throws InterruptedException {
        Params params = Params.parse(args);
        long chosenN = params.getLong("n", 0);
        boolean gilOn = params.getString("gil", "on").equals("on");
        boolean sweep = params.getString("mode", "single").equals("sweep");
        // Python: mp.set_start_method("spawn") or ("forkserver"); "standby" keeps worker JVMs started ahead.
        String startMethod = params.getString("start", ProcLabRuntime.SPAWN);

        // Let the JIT compiler finish with the loop (with and without the GIL check) before anything is
        // timed: otherwise "plain", which runs first, also pays for compiling it and looks slower than it is.
        Gil warmGil = new Gil();
        warmGil.acquire();
        for (int round = 0; round < 6; round++) {
            job(2_000_000, null);
            job(2_000_000, warmGil);
        }
        warmGil.release();
        long n = chosenN > 0 ? chosenN : calibratedN();
        Report.put("n", n);

        if (sweep) {
            System.out.println("GIL " + (gilOn ? "on" : "off") + "; times in ms (processes include starting two JVMs"
                    + (startMethod.equals(ProcLabRuntime.STANDBY) ? " from standbys)" : ")"));
            System.out.println(String.format(Locale.ROOT, "%12s %12s %12s %12s", "n", "plain", "threads", "processes"));
            for (long size : sweepSizes(n)) {
                ProcLabRuntime.setStartMethod(startMethod);   // with "standby": wait until two JVMs are up
                Timings t = race(size, gilOn, false);
                System.out.println(String.format(Locale.ROOT, "%12d %12s %12s %12s", size, ms(t.plainMs()),
                        ms(t.threadsMs()), ms(t.processesMs())));
                Report.put("sweep:" + size + ":plain_ms", ms(t.plainMs()));
                Report.put("sweep:" + size + ":threads_ms", ms(t.threadsMs()));
                Report.put("sweep:" + size + ":processes_ms", ms(t.processesMs()));
            }
            return;
        }
        System.out.println(String.format(Locale.ROOT, "n = %,d, GIL %s, start method %s", n, gilOn ? "on" : "off",
                startMethod));
        ProcLabRuntime.setStartMethod(startMethod);
        Timings t = race(n, gilOn, true);
        System.out.println("result (the same all three ways): " + t.result());
        System.out.println("plain, twice in a row: " + ms(t.plainMs()) + " ms");
        System.out.println("two threads:           " + ms(t.threadsMs()) + " ms");
        System.out.println("two processes:         " + ms(t.processesMs()) + " ms");
        String threadsSpeedup = String.format(Locale.ROOT, "%.2f", t.plainMs() / t.threadsMs());
        String processesSpeedup = String.format(Locale.ROOT, "%.2f", t.plainMs() / t.processesMs());
        System.out.println("speed-up over plain: threads " + threadsSpeedup + "x, processes " + processesSpeedup + "x");
        Report.put("result", t.result());
        Report.put("plain_ms", ms(t.plainMs()));
        Report.put("threads_ms", ms(t.threadsMs()));
        Report.put("processes_ms", ms(t.processesMs()));
        Report.put("speedup_threads", threadsSpeedup);
        Report.put("speedup_processes", processesSpeedup);
    }
}
