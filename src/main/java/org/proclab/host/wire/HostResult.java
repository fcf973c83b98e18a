package org.proclab.host.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The summary line a run host prints last. A single run lists its workers and reports; a repeated run
 * ({@code --repeat N}) has {@link #repeated} instead. Maps keep their order; absent parts are empty, not null.
 *
 * @param figures  top-level whole numbers, in line order: expected, final and lost of a chapter that declares
 *                 an outcome; expected and minimum of a graded repetition
 * @param repeated what a repeated run counted, or null for a single run
 * @param raw      the line as read, for fields no record names yet; null for a result built to be written
 */
public record HostResult(String lesson, boolean ok, String error, long millis, Map<String, String> params,
                         List<WorkerSummary> workers, Map<String, String> reports, Map<String, Long> figures,
                         Repeated repeated, JsonNode raw) {

    /** One worker JVM as the summary lists it; exitCode null while it had not exited. */
    public record WorkerSummary(String name, long pid, Integer exitCode) {
    }

    /**
     * The counts of {@code run --repeat N}.
     *
     * @param lockMode the race's lock mode when graded, else null
     * @param grades   each counted outcome's grade, empty when ungraded
     */
    public record Repeated(int runs, String lockMode, Map<String, Integer> histogram, Map<String, String> grades) {
    }

    /** A single run's result, to be written. */
    public static HostResult single(String lesson, boolean ok, String error, long millis, Map<String, String> params,
                                    List<WorkerSummary> workers, Map<String, String> reports,
                                    Map<String, Long> figures) {
        return new HostResult(lesson, ok, error, millis, params, workers, reports, figures, null, null);
    }

    /** A top-level whole number such as "expected", "final" or "lost", if present. */
    public OptionalLong number(String field) {
        Long value = figures.get(field);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** The same result without the line it was read from: what round-trip tests compare. */
    public HostResult withoutRaw() {
        return new HostResult(lesson, ok, error, millis, params, workers, reports, figures, repeated, null);
    }
}
