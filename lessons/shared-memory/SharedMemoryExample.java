package org.proclab.lessons;

import org.proclab.runtime.Array;
import org.proclab.runtime.Params;
import org.proclab.runtime.Process;
import org.proclab.runtime.Report;
import org.proclab.runtime.Value;

import java.util.List;

/** Numbers in shared memory: a worker changes them in place and the main process sees the change. */
public class SharedMemoryExample {

    /** Runs in a worker. It returns nothing: it writes into memory the main process can read too. */
    static void change(Value<Integer> count, Value<Double> ratio, Array<Integer> numbers) {
        count.set(count.get() + 1);
        ratio.set(ratio.get() * 2);
        for (int i = 0; i < numbers.length(); i++) {
            numbers.set(i, numbers.get(i) * 10);
        }
        System.out.println("worker: added 1, doubled the ratio, multiplied every number by 10");
    }

    public static void main(String[] args) {
        Params params = Params.parse(args);
        int start = params.getInt("start", 0);

        // The type code says what kind of number lives in the shared memory, as in Python's array module.
        Value<Integer> count = new Value<>('i', start);                // 'i': a C int, 4 bytes, whole numbers
        Value<Double> ratio = new Value<>('d', 3.14);                  // 'd': a C double, 8 bytes
        Array<Integer> numbers = new Array<>('i', List.of(1, 2, 3, 4)); // four ints side by side
        System.out.println("before: count=" + count.get() + " ratio=" + ratio.get() + " numbers=" + numbers.toList());

        Process worker = new Process(SharedMemoryExample::change, count, ratio, numbers);
        worker.start();
        worker.join();
        System.out.println("after:  count=" + count.get() + " ratio=" + ratio.get() + " numbers=" + numbers.toList());

        // Two mistakes the runtime catches with a clear message.
        try {
            Value.of('x', 0);
        } catch (IllegalArgumentException wrongCode) {
            System.out.println("Value.of('x', 0) -> " + wrongCode.getMessage());
        }
        try {
            Array.of('i', List.of(List.of(1, 2), List.of(3, 4)));
        } catch (IllegalArgumentException twoDimensions) {
            System.out.println("Array.of('i', [[1, 2], [3, 4]]) -> " + twoDimensions.getMessage());
        }

        Report.put("value_i", count.get());
        Report.put("value_d", ratio.get());
        Report.put("array", numbers.toList());
    }
}
