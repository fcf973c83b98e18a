package org.proclab.lessons;

import org.proclab.runtime.Lock;
import org.proclab.runtime.Pool;
import org.proclab.runtime.Process;
import org.proclab.runtime.Queue;
import org.proclab.runtime.Report;
import org.proclab.runtime.Value;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Your own program: change anything, then Run. Each process is a JVM. */
public class ScratchExample {

    /** What the workers share. */
    record Shared(Value<Integer> total, Lock lock, Queue<String> messages)
            implements Serializable {
    }

    /** Runs in worker k: counts primes in its 100,000 numbers. */
    static void countPrimes(int k, Shared shared) {
        Value<Integer> total = shared.total();
        int mine = 0;
        int start = (k - 1) * 100_000;
        for (int from = start; from < start + 100_000; from += 20_000) {
            int found = primesBetween(from, from + 20_000);
            mine += found;
            shared.lock().acquire();
            try {
                total.set(total.get() + found);   // safe: under the lock
            } finally {
                shared.lock().release();
            }
        }
        shared.messages().put("worker-" + k + " found " + mine + " primes");
    }

    static int primesBetween(int from, int to) {
        int count = 0;
        for (int n = Math.max(from, 2); n < to; n++) {
            boolean prime = true;
            for (int d = 2; d * d <= n && prime; d++) {
                prime = n % d != 0;
            }
            count += prime ? 1 : 0;
        }
        return count;
    }

    static int square(int x) {
        return x * x;
    }

    public static void main(String[] args) {
        Value<Integer> total = new Value<>('i', 0).name("total");
        Queue<String> messages = new Queue<String>().name("messages");
        Shared shared = new Shared(total, new Lock().name("lock"), messages);
        List<Process> workers = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            Process worker = new Process(ScratchExample::countPrimes, k, shared);
            worker.name("worker-" + k).start();
            workers.add(worker);
        }
        for (int i = 0; i < workers.size(); i++) {
            System.out.println(messages.get());   // waits for a message
        }
        for (Process worker : workers) {
            worker.join();
        }
        System.out.println("primes below 200,000: " + total.get());

        // A Pool keeps its workers; map returns the results in item order.
        try (Pool pool = new Pool(2)) {
            List<Integer> items = List.of(1, 2, 3, 4, 5, 6, 7, 8);
            System.out.println("squares: " + pool.map(ScratchExample::square, items));
        }
        Report.put("primes", total.get());
    }
}
