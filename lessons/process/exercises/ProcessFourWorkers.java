package org.proclab.lessons.exercises;

import org.proclab.runtime.Process;

/** Exercise: four workers, each with its own arguments, all joined. */
public class ProcessFourWorkers {

    static void job(int k, int square) {
        try {
            Thread.sleep(300);   // long enough that a worker nobody waits for is still running when main ends
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println("worker " + k + ": " + k + " squared is " + square);
    }

    public static void main(String[] args) {
        // TODO: start four workers, job(k, k * k) for k = 1..4, and join them all.
        for (int k = 1; k <= 2; k++) {
            Process worker = new Process(ProcessFourWorkers::job, k, k * k);
            worker.start();
        }
        System.out.println("main is done");
    }
}
