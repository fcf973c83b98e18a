package org.proclab.lessons.exercises;

import java.util.ArrayList;
import java.util.List;
import org.proclab.runtime.Process;
import org.proclab.runtime.Queue;
import org.proclab.runtime.Report;

/** Exercise: every worker puts one result on the queue; the main process must collect them all. */
public class QueueCollectAll {

    static void job(Queue<Long> results, int k) {
        long sum = 0;
        for (long i = 1; i <= 1000L * k; i++) {
            sum += i;
        }
        results.put(sum);
    }

    public static void main(String[] args) {
        int workers = 3;
        Queue<Long> results = new Queue<>();
        List<Process> running = new ArrayList<>();
        for (int k = 1; k <= workers; k++) {
            Process worker = new Process(QueueCollectAll::job, results, k);
            worker.start();
            running.add(worker);
        }
        // TODO: this takes only one result off the queue; collect every worker's result.
        long total = results.get();
        for (Process worker : running) {
            worker.join();
        }
        System.out.println("total: " + total);
        Report.put("total", total);
    }
}
