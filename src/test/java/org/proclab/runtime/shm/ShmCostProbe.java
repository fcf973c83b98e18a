package org.proclab.runtime.shm;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.proclab.runtime.Barrier;
import org.proclab.runtime.Lock;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.Value;
import org.proclab.runtime.spawn.JavaCommand;

/**
 * Rough per-operation costs for docs/shm.md (a plain loop, not JMH: enough to compare traced with
 * untraced and to size the lock). Run: {@code java -cp target/classes:target/test-classes:<deps>
 * org.proclab.runtime.shm.ShmCostProbe}. Prints one line per figure; best of 5 rounds.
 */
public final class ShmCostProbe {
    private static final int OPS = 2_000_000;
    private static volatile Object sink;

    private ShmCostProbe() {
    }

    public static void main(String[] args) throws Exception {
        try {
            Value<Integer> v = new Value<>('i', 0);
            Lock lock = new Lock();
            AtomicLong eventCount = new AtomicLong();
            for (boolean traced : new boolean[] {false, true}) {
                AutoCloseable sub = traced ? ProcessContext.events().subscribe(e -> eventCount.incrementAndGet()) : null;
                String tag = traced ? "traced  " : "untraced";
                report(tag + " Value.get", () -> sink = v.get());
                report(tag + " Value.set", () -> v.set(7));
                report(tag + " Value.getAndAdd", () -> v.getAndAdd(1));
                report(tag + " Lock acquire+release", () -> {
                    lock.acquire();
                    lock.release();
                });
                if (sub != null) {
                    sub.close();
                }
            }
            System.out.println("events built while traced: " + eventCount.get());
            contendedThreads(lock);
            for (int n : args.length > 0 ? new int[0] : new int[] {100_000, 1_000_000}) {
                crossProcess("locked", n);
                crossProcess("atomic", n);
            }
        } finally {
            SharedMemory.deleteRunDirectory();
        }
    }

    private static void report(String what, Runnable op) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < OPS; i++) {
                op.run();
            }
            best = Math.min(best, (System.nanoTime() - t0) / (double) OPS);
        }
        System.out.printf("%-36s %7.1f ns/op%n", what, best);
    }

    /** Two threads of this JVM taking turns on one lock: ns per acquire+increment+release. */
    private static void contendedThreads(Lock lock) throws InterruptedException {
        long[] counter = new long[1];
        int perThread = 1_000_000;
        for (int round = 0; round < 3; round++) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                threads.add(new Thread(() -> {
                    for (int i = 0; i < perThread; i++) {
                        lock.acquire();
                        counter[0]++;
                        lock.release();
                    }
                }));
            }
            long t0 = System.nanoTime();
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }
            System.out.printf("contended lock, 2 threads x %d       %7.1f ns/op (wall %.0f ms)%n", perThread,
                    (System.nanoTime() - t0) / (2.0 * perThread), (System.nanoTime() - t0) / 1e6);
        }
    }

    /**
     * Two child JVMs x n increments behind a barrier, as in the Lock chapter. With n = 100,000 most of the
     * time goes to the JIT's warm-up (VarHandle calls are slow until compiled); n = 1,000,000 shows more
     * of the steady state.
     */
    private static void crossProcess(String mode, int n) throws Exception {
        for (int round = 0; round < 3; round++) {
            Value<Integer> counter = new Value<>('i', 0);
            String shared = ChildJvms.encode(counter, new Barrier(2));
            List<Process> children = new ArrayList<>();
            try {
                for (int c = 0; c < 2; c++) {
                    children.add(JavaCommand.forMain(ShmChildMain.class).jvmOption("-XX:+UseSerialGC")
                            .arg(mode).arg(shared).arg(n).arg(0).toProcessBuilder().redirectErrorStream(true).start());
                }
                long t0 = System.nanoTime();
                StringBuilder loops = new StringBuilder();
                for (Process child : children) {
                    String line = new BufferedReader(new InputStreamReader(child.getInputStream())).readLine();
                    loops.append(String.format(" %.0f", Long.parseLong(line.substring(5)) / 1e6));
                    child.waitFor();
                }
                System.out.printf("2 JVMs x %d %-7s final %d, child loop ms:%s, spawn-to-exit %.0f ms%n", n, mode,
                        counter.get(), loops, (System.nanoTime() - t0) / 1e6);
            } finally {
                for (Process child : children) {
                    child.destroyForcibly().waitFor();
                }
            }
        }
    }
}
