package org.proclab.runtime.shm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.proclab.runtime.context.ProcessContext;

/**
 * Default names of shared objects: "value-1", "array-2", "lock-1"... counted per JVM. Objects made inside a
 * worker get the worker's name appended ("value-1@worker-2") so they never look like the main process's.
 */
public final class AutoNames {
    private static final Map<String, AtomicInteger> COUNTERS = new ConcurrentHashMap<>();

    private AutoNames() {
    }

    public static String next(String kind) {
        int n = COUNTERS.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        ProcessContext ctx = ProcessContext.current();
        return ctx.isMain() ? kind + "-" + n : kind + "-" + n + "@" + ctx.name();
    }

    /** Checks a name given with {@code name(String)}: it becomes an event subject, so it must be readable. */
    public static String check(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a shared object's name must not be empty");
        }
        return name;
    }
}
