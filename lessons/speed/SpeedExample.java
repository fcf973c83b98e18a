package org.proclab.lessons;

import org.proclab.runtime.Params;
import org.proclab.runtime.ProcLabRuntime;
import org.proclab.runtime.Process;
import org.proclab.runtime.Queue;
import org.proclab.runtime.Report;

import java.io.Serializable;
import java.math.BigInteger;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;

/** The same job done three ways: plainly twice, in two threads, in two worker processes. Which is fastest? */
public class SpeedExample {

    /** CPython lets a waiting thread have the GIL after 5 ms (Python's sys.getswitchinterval()). */
    static final long SWITCH_INTERVAL_NANOS = 5_000_000;
    static final long BLOCK = 1 << 16;

    /**
     * The tutorial's job: the sum of i + i² + i³ for every i below n. For n = 10,000,000 the answer has 27
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
    static final class Int128 implements Serializable {
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

        @Override
        public String toString() {
            return BigInteger.valueOf(high).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(low))).toString();
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

    /** Runs in a worker JVM: one job, its result put on the queue. */
    static void jobInWorker(Queue<Int128> results, long n) {
        results.put(job(n, null));
    }

    /** Way 3: two worker processes, one job each; starting their JVMs is part of the cost. */
    static Int128 twoProcesses(long n) {
        Queue<Int128> results = new Queue<>();
        Process first = new Process(SpeedExample::jobInWorker, results, n);
        Process second = new Process(SpeedExample::jobInWorker, results, n);
        first.start();
        second.start();
        Int128 total = results.get();
        total.add(results.get());
        first.join();
        second.join();
        return total;
    }

    /** How long each way took, in milliseconds, and the answer they all agreed on. */
    record Timings(double plainMs, double threadsMs, double processesMs, Int128 result) {
    }

    /** Runs all three ways for one n, and checks that they agree. */
    static Timings race(long n, boolean gilOn) throws InterruptedException {
        long t0 = System.nanoTime();
        Int128 plain = plain(n);
        long t1 = System.nanoTime();
        Int128 threads = twoThreads(n, gilOn);
        long t2 = System.nanoTime();
        Int128 processes = twoProcesses(n);
        long t3 = System.nanoTime();
        if (!plain.toString().equals(threads.toString()) || !plain.toString().equals(processes.toString())) {
            throw new IllegalStateException("the three ways disagree: " + plain + ", " + threads + ", " + processes);
        }
        return new Timings((t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, plain);
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, "%.3f", millis);
    }

    public static void main(String[] args) throws InterruptedException {
        Params params = Params.parse(args);
        long n = params.getLong("n", 10_000_000);
        boolean gilOn = params.getString("gil", "off").equals("on");
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

        if (sweep) {
            System.out.println("GIL " + (gilOn ? "on" : "off") + "; times in ms (processes include starting two JVMs"
                    + (startMethod.equals(ProcLabRuntime.STANDBY) ? " from standbys)" : ")"));
            System.out.println(String.format(Locale.ROOT, "%12s %12s %12s %12s", "n", "plain", "threads", "processes"));
            for (long size = 10_000; size <= 100_000_000; size *= 10) {
                ProcLabRuntime.setStartMethod(startMethod);   // with "standby": wait until two JVMs are up
                Timings t = race(size, gilOn);
                System.out.println(String.format(Locale.ROOT, "%12d %12s %12s %12s", size, ms(t.plainMs()),
                        ms(t.threadsMs()), ms(t.processesMs())));
                Report.put("sweep:" + size + ":plain_ms", ms(t.plainMs()));
                Report.put("sweep:" + size + ":threads_ms", ms(t.threadsMs()));
                Report.put("sweep:" + size + ":processes_ms", ms(t.processesMs()));
            }
            return;
        }
        System.out.println("n = " + n + ", GIL " + (gilOn ? "on" : "off") + ", start method " + startMethod);
        ProcLabRuntime.setStartMethod(startMethod);
        Timings t = race(n, gilOn);
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
