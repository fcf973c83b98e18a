package org.proclab.lessons;

import org.proclab.runtime.AsyncResult;
import org.proclab.runtime.Params;
import org.proclab.runtime.Pool;
import org.proclab.runtime.Report;
import org.proclab.runtime.WorkerException;

import java.util.ArrayList;
import java.util.List;

/** A Pool keeps worker processes ready and hands them function calls: map, applyAsync, and a mistake. */
public class PoolExample {

    /** The function the pool runs for us. Unlike a Process target, it returns a value. */
    static int square(int x) {
        return x * x;
    }

    /** Real work for the busy part: Collatz steps of 5,000 numbers (n -> n/2 if even, 3n+1 if odd, until 1). */
    static long collatzSteps(int block) {
        long steps = 0;
        for (long start = block * 5_000L + 1; start <= (block + 1) * 5_000L; start++) {
            for (long n = start; n != 1; steps++) {
                n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            }
        }
        return steps;
    }

    static List<Integer> range(int n) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    public static void main(String[] args) {
        Params params = Params.parse(args);
        int processes = params.getInt("processes", Runtime.getRuntime().availableProcessors());
        int size = params.getInt("size", 800);

        // try-with-resources closes the pool at the end: its worker JVMs stop.
        try (Pool pool = new Pool(processes)) {
            // map: the function over every item, results in the order of the items.
            List<Integer> squares = pool.map(PoolExample::square, range(10));
            System.out.println("map(square, 0..9)      = " + squares);

            // applyAsync: one call, one argument; get() waits for the answer.
            AsyncResult<Integer> four = pool.applyAsync(PoolExample::square, 2);
            System.out.println("applyAsync(square, 2)  = " + four.get());

            // Many applyAsync calls at once, collected one by one: the same list as map.
            List<AsyncResult<Integer>> pending = new ArrayList<>();
            for (int x : range(10)) {
                pending.add(pool.applyAsync(PoolExample::square, x));
            }
            List<Integer> collected = new ArrayList<>();
            for (AsyncResult<Integer> result : pending) {
                collected.add(result.get());
            }
            System.out.println("10 x applyAsync        = " + collected
                    + (collected.equals(squares) ? "  (same as map)" : "  (NOT the same as map!)"));

            // pool.applyAsync(PoolExample::square, 2, 3, 4) is refused by the compiler. starmap unpacks each
            // list into arguments, as Python's does, so three arguments for square get through; the worker
            // refuses the call, and the error comes back the way Python's TypeError reads.
            try {
                pool.starmap(PoolExample::square, List.of(List.of(2, 3, 4)));
            } catch (WorkerException mistake) {
                System.out.println("starmap(square, [[2, 3, 4]]) failed in the worker:");
                System.out.println("  " + mistake.getMessage());
                if (!mistake.remoteStackTrace().isBlank()) {
                    System.err.println(mistake.remoteStackTrace().strip());
                }
            }

            // A bigger job, so every core has something to do: watch the core chart.
            long start = System.nanoTime();
            List<Long> steps = pool.map(PoolExample::collatzSteps, range(size));
            long millis = (System.nanoTime() - start) / 1_000_000;
            long total = 0;
            for (long s : steps) {
                total += s;
            }
            System.out.println("Collatz steps of 1.." + size * 5_000L + ": " + total + " (" + processes
                    + " processes, " + millis + " ms)");

            Report.put("map", squares);
            Report.put("apply_async", four.get());
            Report.put("same_as_map", collected.equals(squares));
            Report.put("collatz_steps", total);
            Report.put("busy_ms", millis);
        }
    }
}
