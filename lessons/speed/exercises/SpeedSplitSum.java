package org.proclab.lessons.exercises;

import org.proclab.runtime.Queue;
import org.proclab.runtime.Report;

/** Exercise: split one long sum into two halves computed by two worker processes. */
public class SpeedSplitSum {

    /** The sum of i for from <= i < to. */
    static long sum(long from, long to) {
        long s = 0;
        for (long i = from; i < to; i++) {
            s += i;
        }
        return s;
    }

    static void half(Queue<Long> results, long from, long to) {
        results.put(sum(from, to));
    }

    public static void main(String[] args) {
        long n = 100_000_000L;
        // TODO: run half(results, 0, n / 2) and half(results, n / 2, n) in two Processes and add their results.
        Queue<Long> results = new Queue<>();
        long total = sum(0, n);
        System.out.println("total: " + total);
        Report.put("total", total);
    }
}
