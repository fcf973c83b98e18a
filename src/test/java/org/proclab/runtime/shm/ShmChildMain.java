package org.proclab.runtime.shm;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.time.Duration;
import java.util.Base64;
import org.proclab.runtime.Array;
import org.proclab.runtime.Barrier;
import org.proclab.runtime.Lock;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.Value;

/**
 * A child JVM for the cross-process tests, started with ProcessBuilder so these tests do not depend on
 * the runtime's Process class. Arguments: {@code MODE BASE64(Object[] shared) N DELAY_NANOS [INDEX]}.
 * It reports on stdout: "DONE <loop nanos>", "HOLDING", "WAITING", "ACQUIRED", "EVENT <type> <text>".
 */
public final class ShmChildMain {
    private ShmChildMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Object[] shared = decode(args[1]);
        int n = Integer.parseInt(args[2]);
        long delayNanos = Long.parseLong(args[3]);
        switch (mode) {
            case "plain": case "locked": case "atomic":
                increments(mode, shared, n, delayNanos);
                break;
            case "array-half":
                arrayHalf(shared, Integer.parseInt(args[4]));
                break;
            case "hold-lock":
                ((Lock) shared[0]).acquire();
                System.out.println("HOLDING");
                Thread.sleep(Long.MAX_VALUE);
                break;
            case "wait-lock":
                waitLock((Lock) shared[0]);
                break;
            default:
                throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    @SuppressWarnings("unchecked")
    private static void increments(String mode, Object[] shared, int n, long delayNanos) {
        Value<Integer> counter = (Value<Integer>) shared[0];
        Barrier start = (Barrier) shared[1];
        Lock lock = counter.getLock();
        start.await();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            if (mode.equals("atomic")) {
                counter.getAndAdd(1);
            } else if (mode.equals("locked")) {
                try (Lock.Held held = lock.hold()) {
                    readDelayWrite(counter, delayNanos);
                }
            } else {
                readDelayWrite(counter, delayNanos);
            }
        }
        System.out.println("DONE " + (System.nanoTime() - t0));
    }

    /** The classic lost update: another process may write between this read and this write. */
    private static void readDelayWrite(Value<Integer> counter, long delayNanos) {
        int seen = counter.get();
        long until = System.nanoTime() + delayNanos;
        while (delayNanos > 0 && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        counter.set(seen + 1);
    }

    @SuppressWarnings("unchecked")
    private static void arrayHalf(Object[] shared, int half) {
        Array<Integer> array = (Array<Integer>) shared[0];
        Barrier start = (Barrier) shared[1];
        start.await();
        int size = array.length() / 2;
        for (int i = half * size; i < (half + 1) * size; i++) {
            array.set(i, i * 3 + 1);
        }
        System.out.println("DONE 0");
    }

    private static void waitLock(Lock lock) throws Exception {
        ProcessContext.events().subscribe(e -> System.out.println("EVENT " + e.type() + " " + e.text()));
        System.out.println("WAITING");
        if (lock.acquire(Duration.ofSeconds(30))) {
            System.out.println("ACQUIRED");
            lock.release();
        }
    }

    private static Object[] decode(String base64) throws Exception {
        byte[] bytes = Base64.getDecoder().decode(base64);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (Object[]) in.readObject();
        }
    }
}
