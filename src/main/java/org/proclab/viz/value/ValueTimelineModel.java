package org.proclab.viz.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/**
 * Every access to every shared Value of one run, per subject ("counter", or "array-1[2]" for an element),
 * with lost updates marked. A plain write overwrites when the memory held something other than what the writer
 * last read (or wrote) itself: the updates other workers wrote since that read vanish under it. Those are the
 * lost updates ({@link Track#isLost}), each linked to the write that overwrote it ({@link Track#lostTo}).
 * Works on each worker's own event order, so events of different workers may arrive interleaved.
 */
public final class ValueTimelineModel {
    private final Map<String, Track> tracks = new LinkedHashMap<>();
    private long firstNanos = Long.MAX_VALUE;
    private long lastNanos = Long.MIN_VALUE;
    private int version;

    /** A stretch of time a worker held a lock or waited for one. */
    public record LockSpan(String worker, String lock, boolean holding, long fromNanos, long toNanos) {
    }

    private final Map<String, List<LockSpan>> lockSpans = new LinkedHashMap<>();
    private final Map<String, LockSpan> openSpans = new HashMap<>();

    /** Takes one event; returns the op it became, or null when it is not a Value access. */
    public ValueOp accept(Event e) {
        if (e.type() == EventType.LOCK_WAIT || e.type() == EventType.LOCK_ACQUIRED
                || e.type() == EventType.LOCK_RELEASED || e.type() == EventType.LOCK_ABANDONED
                || e.type() == EventType.PROCESS_EXITED) {
            lockEvent(e);
            return null;
        }
        if (e.type() != EventType.VALUE_READ && e.type() != EventType.VALUE_WRITE && e.type() != EventType.VALUE_ATOMIC) {
            return null;
        }
        String key = e.index() >= 0 ? e.subject() + "[" + e.index() + "]" : String.valueOf(e.subject());
        Track track = tracks.computeIfAbsent(key, Track::new);
        ValueOp op = track.add(e);
        firstNanos = Math.min(firstNanos, e.timeNanos());
        lastNanos = Math.max(lastNanos, e.timeNanos());
        version++;
        return op;
    }

    private void lockEvent(Event e) {
        String w = e.worker() == null ? "?" : e.worker();
        LockSpan open = openSpans.remove(w);
        if (open != null) {
            lockSpans.computeIfAbsent(w, k -> new ArrayList<>()).add(new LockSpan(w, open.lock(), open.holding(),
                    open.fromNanos(), e.timeNanos()));
        }
        if (e.type() == EventType.LOCK_WAIT || e.type() == EventType.LOCK_ACQUIRED) {
            openSpans.put(w, new LockSpan(w, e.subject(), e.type() == EventType.LOCK_ACQUIRED, e.timeNanos(), -1));
        }
        version++;
    }

    /** A worker's finished lock spans in time order, plus the one still open (its end is -1). */
    public List<LockSpan> lockSpans(String worker) {
        List<LockSpan> spans = new ArrayList<>(lockSpans.getOrDefault(worker, List.of()));
        LockSpan open = openSpans.get(worker);
        if (open != null) {
            spans.add(open);
        }
        return spans;
    }

    public boolean hasLockSpans() {
        return !lockSpans.isEmpty() || !openSpans.isEmpty();
    }

    public void clear() {
        lockSpans.clear();
        openSpans.clear();
        tracks.clear();
        firstNanos = Long.MAX_VALUE;
        lastNanos = Long.MIN_VALUE;
        version++;
    }

    /** Grows by one with every accepted op: lets a view skip redrawing when nothing changed. */
    public int version() {
        return version;
    }

    public List<String> subjects() {
        return List.copyOf(tracks.keySet());
    }

    /** The subject a learner most likely means: the one written most (ties: the first seen). */
    public Optional<String> mainSubject() {
        Track best = null;
        for (Track t : tracks.values()) {
            if (best == null || t.writes > best.writes) {
                best = t;
            }
        }
        return Optional.ofNullable(best).map(t -> t.key);
    }

    public Optional<Track> track(String subject) {
        return Optional.ofNullable(tracks.get(subject));
    }

    public long firstNanos() {
        return firstNanos;
    }

    public long lastNanos() {
        return lastNanos;
    }

    /** Accesses of one subject, per worker in first-seen order, each worker's list in time order. */
    public static final class Track {
        private final String key;
        private final Map<String, List<ValueOp>> byWorker = new LinkedHashMap<>();
        /** Every op in time order, kept sorted as ops arrive (they arrive almost in order). */
        private final List<ValueOp> inOrder = new ArrayList<>();
        private double lowest = Double.NaN;
        private double highest = Double.NaN;
        private final Map<String, String> lastSeen = new HashMap<>();
        private final Map<String, Long> lastSeenNanos = new HashMap<>();
        /** Overwriting writes in time order, each with the time of the writer's stale read. */
        private final List<Overwrite> overwrites = new ArrayList<>();
        private final Map<ValueOp, ValueOp> lostTo = new IdentityHashMap<>();
        private final Map<ValueOp, List<ValueOp>> erased = new IdentityHashMap<>();
        private String initial;
        private String current;
        private long currentNanos = Long.MIN_VALUE;
        private BigDecimal intended = BigDecimal.ZERO;
        private boolean numeric = true;
        private int writes;
        private int lostWrites;
        private int ops;

        private Track(String key) {
            this.key = key;
        }

        private ValueOp add(Event e) {
            String w = e.worker() == null ? "?" : e.worker();
            String seen = lastSeen.get(w);
            Long seenNanos = lastSeenNanos.get(w);
            boolean lost = false;
            if (initial == null) {
                initial = e.type() == EventType.VALUE_READ ? e.newValue() : e.oldValue();
            }
            if (e.type() == EventType.VALUE_READ) {
                lastSeen.put(w, e.newValue());
                lastSeenNanos.put(w, e.timeNanos());
            } else {
                writes++;
                lost = e.type() == EventType.VALUE_WRITE && seen != null && e.oldValue() != null
                        && !sameValue(seen, e.oldValue());
                // What this write meant to add: relative to what the writer saw (or to memory, for atomics).
                String base = e.type() == EventType.VALUE_WRITE && seen != null ? seen : e.oldValue();
                addIntended(base, e.newValue());
                lastSeen.put(w, e.newValue());
                lastSeenNanos.put(w, e.timeNanos());
                if (e.timeNanos() >= currentNanos) {
                    current = e.newValue();
                    currentNanos = e.timeNanos();
                }
            }
            BigDecimal parsed = number(e.newValue());
            ValueOp op = new ValueOp(e.timeNanos(), w, e.type(), key, e.oldValue(), e.newValue(), lost,
                    e.type() == EventType.VALUE_WRITE ? seen : null, parsed == null ? Double.NaN : parsed.doubleValue());
            byWorker.computeIfAbsent(w, k -> new ArrayList<>()).add(op);
            insertInOrder(op);
            if (op.isWrite()) {
                markErasedBy(op);
            }
            if (lost && seenNanos != null) {
                addOverwrite(new Overwrite(op, seenNanos));
            }
            if (!Double.isNaN(op.newNumber())) {
                lowest = Double.isNaN(lowest) ? op.newNumber() : Math.min(lowest, op.newNumber());
                highest = Double.isNaN(highest) ? op.newNumber() : Math.max(highest, op.newNumber());
            }
            ops++;
            return op;
        }

        /** A write that erased the updates other workers wrote after {@code readNanos}, its writer's last look. */
        private record Overwrite(ValueOp write, long readNanos) {
            boolean covers(ValueOp other) {
                return !other.worker().equals(write.worker()) && other.timeNanos() > readNanos
                        && other.timeNanos() < write.timeNanos();
            }
        }

        /** The other workers' writes already here that fall between the stale read and the overwrite vanish. */
        private void addOverwrite(Overwrite o) {
            int i = overwrites.size();
            while (i > 0 && overwrites.get(i - 1).write().timeNanos() > o.write().timeNanos()) {
                i--;
            }
            overwrites.add(i, o);
            for (int k = indexAfter(o.write().timeNanos()) - 1; k >= 0; k--) {
                ValueOp other = inOrder.get(k);
                if (other.timeNanos() <= o.readNanos()) {
                    break;
                }
                if (other.isWrite() && o.covers(other)) {
                    markLost(other, o.write());
                }
            }
        }

        /** A write that arrives late (another worker's events got here first) may fall in an overwrite's gap. */
        private void markErasedBy(ValueOp write) {
            for (int i = overwrites.size() - 1; i >= 0; i--) {
                Overwrite o = overwrites.get(i);
                if (o.write().timeNanos() <= write.timeNanos()) {
                    break;
                }
                if (o.covers(write)) {
                    markLost(write, o.write());
                }
            }
        }

        private void markLost(ValueOp victim, ValueOp by) {
            if (lostTo.putIfAbsent(victim, by) == null) {
                List<ValueOp> list = erased.computeIfAbsent(by, k -> new ArrayList<>());
                int i = list.size();
                while (i > 0 && list.get(i - 1).timeNanos() > victim.timeNanos()) {
                    i--;
                }
                list.add(i, victim);
                lostWrites++;
            }
        }

        private int indexAfter(long nanos) {
            int lo = 0;
            int hi = inOrder.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (inOrder.get(mid).timeNanos() <= nanos) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** True for a write whose update vanished: another worker's later write was computed without it. */
        public boolean isLost(ValueOp op) {
            return lostTo.containsKey(op);
        }

        /** The write that overwrote this lost update, if it was lost. */
        public Optional<ValueOp> lostTo(ValueOp op) {
            return Optional.ofNullable(lostTo.get(op));
        }

        /** The lost updates this write erased (empty for a write that overwrote nothing). */
        public List<ValueOp> erasedBy(ValueOp op) {
            return Collections.unmodifiableList(erased.getOrDefault(op, List.of()));
        }

        private void insertInOrder(ValueOp op) {
            int n = inOrder.size();
            if (n == 0 || inOrder.get(n - 1).timeNanos() <= op.timeNanos()) {
                inOrder.add(op);
                return;
            }
            // A little late (another worker's events got here first): binary search, then a short shift.
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (inOrder.get(mid).timeNanos() <= op.timeNanos()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            inOrder.add(lo, op);
        }

        private void addIntended(String from, String to) {
            BigDecimal a = number(from);
            BigDecimal b = number(to);
            if (a == null || b == null) {
                numeric = false;
            } else {
                intended = intended.add(b.subtract(a));
            }
        }

        public String key() {
            return key;
        }

        public List<String> workers() {
            return List.copyOf(byWorker.keySet());
        }

        public List<ValueOp> ops(String worker) {
            return Collections.unmodifiableList(byWorker.getOrDefault(worker, List.of()));
        }

        /** All ops of this subject, every worker, in time order. */
        public List<ValueOp> inOrder() {
            return Collections.unmodifiableList(inOrder);
        }

        /** The smallest and largest numeric value read or written; NaN before any. */
        public double lowest() {
            return lowest;
        }

        public double highest() {
            return highest;
        }

        public int opCount() {
            return ops;
        }

        public int writes() {
            return writes;
        }

        /** How many writes are marked lost (updates that vanished under a stale write). */
        public int lostWrites() {
            return lostWrites;
        }

        /** The value after the latest write, or the first value seen; null before any access. */
        public String current() {
            return current != null ? current : initial;
        }

        /**
         * The value there would be if no update had been lost: the first value seen plus what every write
         * intended to add. Empty for non-numeric values.
         */
        public Optional<BigDecimal> runningExpected() {
            BigDecimal start = number(initial);
            if (!numeric || start == null) {
                return Optional.empty();
            }
            return Optional.of(start.add(intended));
        }

        private static boolean sameValue(String a, String b) {
            if (a.equals(b)) {
                return true;
            }
            BigDecimal x = number(a);
            BigDecimal y = number(b);
            return x != null && y != null && x.compareTo(y) == 0;
        }

        static BigDecimal number(String s) {
            if (s == null) {
                return null;
            }
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException ex) {
                return null;
            }
        }
    }
}
