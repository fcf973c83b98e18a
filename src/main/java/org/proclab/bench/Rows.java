package org.proclab.bench;

import java.util.List;

/** The table's rows in display order, with the goals of issue 7. */
public final class Rows {
    public static final String SPEED_SMALL = "speed.10M";
    public static final String SPEED_BIG = "speed.2s";

    private Rows() {
    }

    public static List<RowSpec> all() {
        return List.of(
                new RowSpec("start.spawn", "start", "start() → first message", Unit.SECONDS, Goal.ratioAtMost(0.5), "spawn"),
                new RowSpec("start.fork", "start", "start() → first message", Unit.SECONDS, Goal.ratioAtMost(1.0), "fork"),
                new RowSpec("start.forkserver", "start", "start() → first message", Unit.SECONDS, null, "forkserver, server up"),
                new RowSpec("start.cold", "start", "start() → first message, first in the process", Unit.SECONDS, null,
                        "forkserver, first"),
                new RowSpec("queue", "queue", "Queue: 100,000 ints, 1 producer", Unit.RATE, Goal.ratioAtLeast(4), null),
                new RowSpec("pool.ready", "pool", "Pool(2) → first map returned", Unit.SECONDS, null, null),
                new RowSpec("map.10", "pool", "Pool(2).map, 10 squares", Unit.SECONDS, null, null),
                new RowSpec("map.10000", "pool", "Pool(2).map, 10,000 squares", Unit.SECONDS, null, null),
                new RowSpec("map.1000000", "pool", "Pool(2).map, 1,000,000 squares", Unit.SECONDS, Goal.ratioAtMost(0.3), null),
                new RowSpec("apply.bulk", "apply", "applyAsync ×10,000 then get, per task", Unit.SECONDS, Goal.ratioAtMost(0.1), null),
                new RowSpec("apply.trip", "apply", "applyAsync→get one at a time, per trip", Unit.SECONDS, Goal.ratioAtMost(0.25), null),
                new RowSpec("counter.lock", "counter", "2×100,000 increments under the lock, each", Unit.SECONDS,
                        Goal.ratioAtMost(0.25), null),
                new RowSpec("counter.atomic", "counter", "2×100,000 getAndAdd, each (Py: under the lock)", Unit.SECONDS, null,
                        null),
                speed(SPEED_SMALL, "plain", "plain (job twice)", Unit.SECONDS, null),
                speed(SPEED_SMALL, "threads", "2 threads", Unit.SECONDS, null),
                speed(SPEED_SMALL, "processes", "2 processes", Unit.SECONDS, null),
                speed(SPEED_SMALL, "speedup.processes", "speed-up, 2 processes", Unit.FACTOR, null),
                speed(SPEED_SMALL, "speedup.threads", "speed-up, 2 threads", Unit.FACTOR, null),
                speed(SPEED_BIG, "plain", "plain (job twice)", Unit.SECONDS, null),
                speed(SPEED_BIG, "threads", "2 threads", Unit.SECONDS, null),
                speed(SPEED_BIG, "processes", "2 processes", Unit.SECONDS, null),
                speed(SPEED_BIG, "speedup.processes", "speed-up, 2 processes", Unit.FACTOR, Goal.ownAtLeast(1.85)),
                speed(SPEED_BIG, "speedup.threads", "speed-up, 2 threads", Unit.FACTOR, null),
                new RowSpec("events.off", "events", "getAndAdd in the main process, not traced", Unit.SECONDS, null, "—"),
                new RowSpec("events.on", "events", "getAndAdd in the main process, traced", Unit.SECONDS, null, "—"),
                new RowSpec("events.cost", "events", "cost of one traced event (on − off)", Unit.SECONDS, null, "—"));
    }

    private static RowSpec speed(String group, String what, String label, Unit unit, Goal goal) {
        String n = group.equals(SPEED_SMALL) ? "n=10M" : "n≈2 s plain";
        return new RowSpec(group + "." + what, "speed", "speed job, " + n + ": " + label, unit, goal, null);
    }
}
