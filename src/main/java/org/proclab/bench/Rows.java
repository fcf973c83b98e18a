package org.proclab.bench;

import java.util.List;

/** The table's rows in display order, with the goals of issue 13 where it sets one and of issue 7 elsewhere. */
public final class Rows {
    public static final String SPEED_SMALL = "speed.10M";
    public static final String SPEED_BIG = "speed.2s";

    private Rows() {
    }

    public static List<RowSpec> all() {
        return List.of(
                new RowSpec("start.cold", "start", "start() → first message: first in this JVM", Unit.SECONDS, null,
                        "spawn"),
                new RowSpec("start.fresh", "start", "start() → first message: new JVM (default)", Unit.SECONDS,
                        Goal.ratioAtMost(1.0), "spawn"),
                new RowSpec("start.spawn", "start", "start() → first message: standby up", Unit.SECONDS,
                        Goal.ratioAtMost(0.5), "spawn"),
                new RowSpec("start.fork", "start", "start() → first message: standby up", Unit.SECONDS,
                        Goal.ratioAtMost(1.0), "fork"),
                new RowSpec("start.forkserver", "start", "start() → first message: standby up", Unit.SECONDS, null,
                        "forkserver, server up"),
                new RowSpec("queue", "queue", "Queue: 100,000 ints, 1 producer", Unit.RATE, Goal.ratioAtLeast(4), null),
                new RowSpec("queue.traced", "queue", "Queue: 100,000 ints, events on", Unit.RATE, null, null),
                new RowSpec("pool.ready", "pool", "Pool(2) → first map returned: new JVMs", Unit.SECONDS, null, null),
                new RowSpec("pool.ready.spawn", "pool", "Pool(2) → first map returned: new JVMs, vs spawn",
                        Unit.SECONDS, Goal.ratioAtMost(1.0), "spawn"),
                new RowSpec("pool.ready.standby", "pool", "Pool(2) → first map returned: standbys up", Unit.SECONDS, null,
                        null),
                new RowSpec("map.10", "pool", "Pool(2).map, 10 squares", Unit.SECONDS, Goal.ratioAtMost(1.0), null),
                new RowSpec("map.10000", "pool", "Pool(2).map, 10,000 squares", Unit.SECONDS, Goal.ratioAtMost(1.0),
                        null),
                new RowSpec("map.1000000", "pool", "Pool(2).map, 1,000,000 squares", Unit.SECONDS, Goal.ratioAtMost(0.5),
                        null),
                new RowSpec("apply.bulk", "apply", "applyAsync ×10,000 then get, per task", Unit.SECONDS,
                        Goal.ratioAtMost(0.15), null),
                new RowSpec("apply.trip", "apply", "applyAsync→get one at a time, per trip", Unit.SECONDS, Goal.ratioAtMost(0.25), null),
                new RowSpec("counter.lock", "counter", "2×100,000 increments under the lock, each: new JVMs",
                        Unit.SECONDS, Goal.ratioAtMost(0.25), null),
                new RowSpec("counter.lock.standby", "counter", "2×100,000 increments under the lock, each: standbys",
                        Unit.SECONDS, Goal.ratioAtMost(0.25), null),
                new RowSpec("counter.atomic", "counter", "2×100,000 getAndAdd, each: new JVMs", Unit.SECONDS, null,
                        null),
                new RowSpec("counter.atomic.standby", "counter", "2×100,000 getAndAdd, each: standbys", Unit.SECONDS,
                        null, null),
                speed(SPEED_SMALL, "plain", "plain (job twice)", Unit.SECONDS, null),
                speed(SPEED_SMALL, "threads", "2 threads", Unit.SECONDS, null),
                speed(SPEED_SMALL, "processes", "2 processes, new JVMs", Unit.SECONDS, null),
                speed(SPEED_SMALL, "processes.standby", "2 processes, standbys up", Unit.SECONDS, null),
                speed(SPEED_SMALL, "speedup.threads", "speed-up, 2 threads", Unit.FACTOR, null),
                speed(SPEED_SMALL, "speedup.processes", "speed-up, 2 processes, new JVMs", Unit.FACTOR, null),
                speed(SPEED_SMALL, "speedup.processes.standby", "speed-up, 2 processes, standbys", Unit.FACTOR, null),
                speed(SPEED_BIG, "plain", "plain (job twice)", Unit.SECONDS, null),
                speed(SPEED_BIG, "threads", "2 threads", Unit.SECONDS, null),
                speed(SPEED_BIG, "processes", "2 processes, new JVMs", Unit.SECONDS, null),
                speed(SPEED_BIG, "processes.standby", "2 processes, standbys up", Unit.SECONDS, null),
                speed(SPEED_BIG, "speedup.threads", "speed-up, 2 threads", Unit.FACTOR, null),
                speed(SPEED_BIG, "speedup.processes", "speed-up, 2 processes, new JVMs", Unit.FACTOR,
                        Goal.ownAtLeast(1.7)),
                speed(SPEED_BIG, "speedup.processes.standby", "speed-up, 2 processes, standbys", Unit.FACTOR,
                        Goal.ownAtLeast(1.85)),
                new RowSpec("events.off", "events", "local Queue put+get, not traced, per op", Unit.SECONDS, null, null),
                new RowSpec("events.on", "events", "local Queue put+get, traced, per op", Unit.SECONDS, null, null),
                new RowSpec("events.cost", "events", "one traced event in the main process", Unit.SECONDS, null, null));
    }

    private static RowSpec speed(String group, String what, String label, Unit unit, Goal goal) {
        String n = group.equals(SPEED_SMALL) ? "n=10M" : "n≈2 s plain";
        return new RowSpec(group + "." + what, "speed", "speed job, " + n + ": " + label, unit, goal, null);
    }
}
