package org.proclab.lessons.exercises;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.proclab.runtime.Barrier;
import org.proclab.runtime.Lock;
import org.proclab.runtime.Process;
import org.proclab.runtime.Report;
import org.proclab.runtime.Value;

/** Exercise: two workers add to one counter; make them lose nothing. */
public class LockNoLost {

    record Shared(Value<Integer> counter, Lock lock, Barrier start) implements Serializable {
    }

    static void work(int add, int iterations, Shared shared) {
        Value<Integer> counter = shared.counter();
        shared.start().await();
        for (int i = 0; i < iterations; i++) {
            // TODO: another worker can write between this read and this write; use shared.lock().
            int seen = counter.get();
            pause(20);
            counter.set(seen + add);
        }
    }

    static void pause(int micros) {
        long until = System.nanoTime() + micros * 1_000L;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    public static void main(String[] args) {
        int iterations = 2000;
        Value<Integer> counter = new Value<>('i', 0).name("counter");
        Shared shared = new Shared(counter, new Lock().name("lock"), new Barrier(2));
        List<Process> running = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            Process worker = new Process(LockNoLost::work, 2 * k - 1, iterations, shared).name("worker-" + k);
            worker.start();
            running.add(worker);
        }
        for (Process worker : running) {
            worker.join();
        }
        long expected = 4L * iterations;
        System.out.println("expected " + expected + ", got " + counter.get());
        Report.put("lost", expected - counter.get());
    }
}
