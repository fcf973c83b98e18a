package org.proclab.lessons;

import org.proclab.runtime.Barrier;
import org.proclab.runtime.Lock;
import org.proclab.runtime.Params;
import org.proclab.runtime.Process;
import org.proclab.runtime.Report;
import org.proclab.runtime.Value;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Several workers add to one shared number. Without a lock, some of their additions vanish. */
public class LockExample {

    /** What every worker is told. Plain numbers and text: each worker gets its own copy. */
    record Plan(String lock, int iterations, int delayMicros) implements Serializable {
    }

    /** Handles to what the workers share: the counter, the lock, the starting line. */
    record Shared(Value<Integer> counter, Lock lock, Barrier start) implements Serializable {
    }

    /** Runs in worker k, which adds 2k - 1 each time: 1, 3, 5, ... */
    static void work(int add, Plan plan, Shared shared) {
        Value<Integer> counter = shared.counter();
        shared.start().await();   // wait until every worker is ready, so they really run at the same time
        switch (plan.lock()) {
            case "loop":          // the whole loop is one turn: the others wait until this worker is done
                shared.lock().acquire();
                try {
                    for (int i = 0; i < plan.iterations(); i++) {
                        addSlowly(counter, add, plan.delayMicros());
                    }
                } finally {
                    shared.lock().release();   // in finally: even if something fails, the others get their turn
                }
                break;
            case "each":          // a turn per addition: workers take turns, one update at a time
                for (int i = 0; i < plan.iterations(); i++) {
                    shared.lock().acquire();
                    try {
                        addSlowly(counter, add, plan.delayMicros());
                    } finally {
                        shared.lock().release();
                    }
                }
                break;
            case "atomic":        // one indivisible step: there is no gap between reading and writing
                for (int i = 0; i < plan.iterations(); i++) {
                    pause(plan.delayMicros());
                    counter.getAndAdd(add);
                }
                break;
            default:              // "none": nothing stops two workers from overlapping
                for (int i = 0; i < plan.iterations(); i++) {
                    addSlowly(counter, add, plan.delayMicros());
                }
        }
        System.out.println("done: added " + add + " x " + plan.iterations());
    }

    /** Read, wait a little, write back: if another worker writes in the gap, its addition is overwritten. */
    static void addSlowly(Value<Integer> counter, int add, int delayMicros) {
        int seen = counter.get();
        pause(delayMicros);
        counter.set(seen + add);
    }

    /** Waits by watching the clock: Thread.sleep cannot wait as little as a few microseconds. */
    static void pause(int micros) {
        long until = System.nanoTime() + micros * 1_000L;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    public static void main(String[] args) {
        Params params = Params.parse(args);
        Plan plan = new Plan(params.getString("lock", "none"), params.getInt("iterations", 1000),
                params.getInt("delay", 50));
        int workers = params.getInt("workers", 2);

        Value<Integer> counter = new Value<>('i', 0).name("counter");
        Shared shared = new Shared(counter, new Lock().name("lock"), new Barrier(workers));
        List<Process> running = new ArrayList<>();
        for (int k = 1; k <= workers; k++) {
            Process worker = new Process(LockExample::work, 2 * k - 1, plan, shared).name("worker-" + k);
            worker.start();
            running.add(worker);
        }
        for (Process worker : running) {
            worker.join();
        }

        // Worker k adds 2k - 1 each time; 1 + 3 + ... + (2w - 1) = w², so this is what every addition gives.
        long expected = (long) plan.iterations() * workers * workers;
        long last = counter.get();
        System.out.println("lock=" + plan.lock() + ": expected " + expected + ", got " + last
                + ", lost " + (expected - last));
        Report.put("expected", expected);
        Report.put("final", last);
        Report.put("lost", expected - last);
    }
}
