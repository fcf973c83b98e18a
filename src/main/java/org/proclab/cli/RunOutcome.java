package org.proclab.cli;

import java.util.List;
import java.util.Map;

/**
 * How a run ended.
 *
 * @param ok      the example's main returned normally
 * @param error   what it threw when not ok (class and message), else null
 * @param params  the parameters it ran with, defaults filled in
 * @param workers the worker JVMs it started
 * @param reports the figures it reported
 * @param millis  wall time of the whole run, worker start-up included
 */
record RunOutcome(boolean ok, String error, Map<String, String> params, List<RunRecord.Worker> workers,
                  Map<String, String> reports, long millis) {

    /** The lock chapter's three figures, when the example reported expected and final; lost = expected - final. */
    Long expected() {
        return number(reports.get("expected"));
    }

    Long finalValue() {
        return number(reports.get("final"));
    }

    Long lost() {
        Long expected = expected();
        Long last = finalValue();
        return expected == null || last == null ? null : expected - last;
    }

    private static Long number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
