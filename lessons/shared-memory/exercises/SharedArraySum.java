package org.proclab.lessons.exercises;

import java.util.ArrayList;
import java.util.List;
import org.proclab.runtime.Array;
import org.proclab.runtime.Process;
import org.proclab.runtime.Report;
import org.proclab.runtime.Value;

/** Exercise: two workers sum the halves of one shared Array into one shared Value. */
public class SharedArraySum {

    /** Adds numbers[from] .. numbers[to - 1] to total, in one atomic step at the end. */
    static void sumPart(Array<Integer> numbers, int from, int to, Value<Integer> total) {
        int part = 0;
        for (int i = from; i < to; i++) {
            part += numbers.get(i);
        }
        total.getAndAdd(part);
    }

    public static void main(String[] args) {
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            values.add(i);
        }
        Array<Integer> numbers = new Array<>('i', values);
        Value<Integer> total = new Value<>('i', 0);
        // TODO: run sumPart(numbers, 0, 500, total) and sumPart(numbers, 500, 1000, total) in two workers.
        sumPart(numbers, 0, 1000, total);
        System.out.println("sum = " + total.get());
        Report.put("sum", total.get());
    }
}
