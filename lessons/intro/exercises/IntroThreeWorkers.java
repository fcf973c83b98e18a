package org.proclab.lessons.exercises;

import org.proclab.runtime.Process;

/** Exercise: keep three cores busy at once, then wait for every worker. */
public class IntroThreeWorkers {

    static void busy(int millis) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        long spins = 0;
        while (System.nanoTime() < deadline) {
            spins++;
        }
        System.out.println("pid " + ProcessHandle.current().pid() + " spun " + (spins > 0 ? "a lot" : "not at all"));
    }

    public static void main(String[] args) {
        // TODO: start three workers, not one, and join every one of them.
        Process worker = new Process(IntroThreeWorkers::busy, 300);
        worker.start();
        worker.join();
    }
}
