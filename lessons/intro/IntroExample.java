package org.proclab.lessons;

import org.proclab.runtime.Params;
import org.proclab.runtime.Process;
import org.proclab.runtime.Report;

import java.util.ArrayList;
import java.util.List;

/** Starts one worker process per core and keeps each busy for a moment: watch every core in the chart. */
public class IntroExample {

    // Every process has its own copy of this field. A worker counting up its copy
    // cannot change the copy that lives in the main process.
    static long primesFound = 0;

    /** Runs inside a worker JVM: counts primes until the time is up, using one core flat out. */
    static void countPrimes(int millis) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        long candidate = 2;
        while (System.nanoTime() < deadline) {
            // Check the clock only now and then: the point is to compute, not to read the time.
            for (int i = 0; i < 1_000; i++, candidate++) {
                if (isPrime(candidate)) {
                    primesFound++;
                }
            }
        }
        System.out.println("pid " + ProcessHandle.current().pid() + ": found " + primesFound
                + " primes below " + candidate);
    }

    static boolean isPrime(long n) {
        if (n < 2 || n % 2 == 0) {
            return n == 2;
        }
        for (long d = 3; d * d <= n; d += 2) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) {
        Params params = Params.parse(args);
        int workers = params.getInt("workers", Runtime.getRuntime().availableProcessors());
        int millis = params.getInt("millis", 1500);

        System.out.println("main process: pid " + ProcessHandle.current().pid() + ", this machine has "
                + Runtime.getRuntime().availableProcessors() + " cores");
        List<Process> running = new ArrayList<>();
        for (int k = 1; k <= workers; k++) {
            Process worker = new Process(IntroExample::countPrimes, millis).name("worker-" + k);
            worker.start();   // a new JVM, with its own pid and its own memory
            running.add(worker);
        }
        for (Process worker : running) {
            worker.join();    // wait for it to finish
            System.out.println(worker.name() + " (pid " + worker.pid() + ") exited with code " + worker.exitCode());
        }
        // The workers counted in their own memory; the main process's copy was never touched.
        System.out.println("main process: my primesFound is still " + primesFound);
        Report.put("workers", workers);
        Report.put("main_primes_found", primesFound);
    }
}
