package org.proclab.viz.speed;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/**
 * The timings of the speed chapter, from its REPORT events: {@code plain_ms}, {@code threads_ms},
 * {@code processes_ms}, and for the sweep {@code sweep:<n>:plain_ms} etc.
 */
public final class SpeedModel {
    /** How a job was run. The report key is {@code <name>_ms}. */
    public enum Way {
        PLAIN, THREADS, PROCESSES;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT) + "_ms";
        }
    }

    private final Map<Way, Double> millis = new TreeMap<>();
    private final TreeMap<Long, Map<Way, Double>> sweep = new TreeMap<>();
    private int version;

    public void accept(Event e) {
        if (e.type() != EventType.REPORT || e.subject() == null || e.newValue() == null) {
            return;
        }
        Double value = parse(e.newValue());
        if (value == null) {
            return;
        }
        String key = e.subject();
        if (key.startsWith("sweep:")) {
            String[] parts = key.split(":");
            Way way = parts.length == 3 ? way(parts[2]) : null;
            Long n = parts.length == 3 ? parseLong(parts[1]) : null;
            if (way != null && n != null) {
                sweep.computeIfAbsent(n, k -> new TreeMap<>()).put(way, value);
                version++;
            }
            return;
        }
        Way way = way(key);
        if (way != null) {
            millis.put(way, value);
            version++;
        }
    }

    public OptionalDouble millis(Way way) {
        Double v = millis.get(way);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** plain time / this way's time: above 1 means faster than plain. */
    public OptionalDouble speedUp(Way way) {
        return speedUp(millis, way);
    }

    /** n → times per way, in increasing n. */
    public Map<Long, Map<Way, Double>> sweep() {
        return sweep;
    }

    public static OptionalDouble speedUp(Map<Way, Double> times, Way way) {
        Double plain = times.get(Way.PLAIN);
        Double t = times.get(way);
        if (plain == null || t == null || t <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(plain / t);
    }

    public int version() {
        return version;
    }

    public void clear() {
        millis.clear();
        sweep.clear();
        version++;
    }

    private static Way way(String key) {
        for (Way w : Way.values()) {
            if (w.key().equals(key)) {
                return w;
            }
        }
        return null;
    }

    private static Double parse(String s) {
        try {
            return Double.valueOf(s.trim());
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static Long parseLong(String s) {
        try {
            return Long.valueOf(s.trim().replace("_", ""));
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
