import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.proclab.runtime.Array;
import org.proclab.runtime.Pool;
import org.proclab.runtime.Process;
import org.proclab.runtime.Queue;
import org.proclab.runtime.Value;

/** Three workers share a Queue, a Value and an Array; then a Pool of three maps a function. trio.py twins it. */
public class Trio {

    record Shared(Value<Integer> total, Array<Integer> slots) implements Serializable {
    }

    static void fill(Queue<Integer> queue, Shared shared, int k) {
        int square = k * k;
        shared.slots().set(k, square);
        shared.total().getAndAdd(square);
        queue.put(square);
    }

    static int triple(int x) {
        return 3 * x;
    }

    public static void main(String[] args) {
        Queue<Integer> queue = new Queue<>();
        Shared shared = new Shared(new Value<>('i', 0), new Array<>('i', 3));
        List<Process> workers = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Process p = new Process(Trio::fill, queue, shared, k);
            p.start();
            workers.add(p);
        }
        List<Integer> got = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            got.add(queue.get());
        }
        Collections.sort(got);
        System.out.println("squares from the queue: " + got);
        List<Integer> codes = new ArrayList<>();
        for (Process p : workers) {
            p.join();
            codes.add(p.exitCode());
        }
        System.out.println("exit codes: " + codes);
        System.out.println("total: " + shared.total().get());
        System.out.println("slots: " + shared.slots().toList());
        try (Pool pool = new Pool(3)) {
            System.out.println("tripled: " + pool.map(Trio::triple, List.of(1, 2, 3, 4, 5, 6)));
        }
    }
}
