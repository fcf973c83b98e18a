package org.proclab.lessons;

import org.proclab.runtime.Params;
import org.proclab.runtime.Process;
import org.proclab.runtime.Queue;
import org.proclab.runtime.Report;

import java.util.ArrayList;
import java.util.List;

/** Workers cannot return a value to the main process, so each puts its result on a shared Queue. */
public class QueueExample {

    /** The job: the sum of i + i² + i³ for every i below n, handed back through the queue. */
    static void job(Queue<Long> results, int n) {
        long sum = 0;
        for (long i = 0; i < n; i++) {
            sum += i + i * i + i * i * i;
        }
        results.put(sum);
    }

    public static void main(String[] args) {
        Params params = Params.parse(args);
        int n = params.getInt("n", 1000);
        int workers = params.getInt("workers", 2);

        Queue<Long> results = new Queue<>();
        List<Process> running = new ArrayList<>();
        for (int k = 0; k < workers; k++) {
            Process worker = new Process(QueueExample::job, results, n);
            worker.start();
            running.add(worker);
        }
        // Take the results first, then join: a worker may only be able to finish
        // once what it put on the queue has been picked up.
        long total = 0;
        for (int k = 0; k < workers; k++) {
            long one = results.get();   // waits until some worker has put its sum
            System.out.println("got " + one + " from the queue");
            total += one;
        }
        for (Process worker : running) {
            worker.join();
        }
        System.out.println("total: " + total);
        Report.put("total", total);
    }
}
