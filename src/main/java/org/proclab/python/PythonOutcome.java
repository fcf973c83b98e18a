package org.proclab.python;

import java.util.List;
import java.util.Map;

/**
 * How a Python run ended.
 *
 * @param status    what kind of end it was
 * @param error     a one-line reason when not {@link Status#OK}: the exception, the install hint, "stopped"
 * @param exception the script's uncaught exception with its traceback and line, or null
 * @param exitCode  the main Python process's exit code, CPython's meaning (-9 when killed); null if it never ran
 * @param params    the parameters it ran with
 * @param workers   the worker processes it started, in the order they were first seen
 * @param reports   the figures the script reported, in order
 * @param millis    wall time from launching python3 to the end of its last process
 * @param python    the interpreter's version, e.g. "CPython 3.11.7"; null when none was found
 */
public record PythonOutcome(Status status, String error, PythonError exception, Integer exitCode,
                            Map<String, String> params, List<PythonWorker> workers, Map<String, String> reports,
                            long millis, String python) {

    public enum Status { OK, FAILED, STOPPED, NO_PYTHON, NO_SCRIPT }

    static PythonOutcome notRun(Status status, String error, Map<String, String> params, String python) {
        return new PythonOutcome(status, error, null, null, params, List.of(), Map.of(), 0, python);
    }

    public boolean ok() {
        return status == Status.OK;
    }

    /** The lock chapter's figures, when the script reported expected and final; lost = expected - final. */
    public Long expected() {
        return number(reports.get("expected"));
    }

    public Long finalValue() {
        return number(reports.get("final"));
    }

    public Long lost() {
        Long expected = expected();
        Long last = finalValue();
        return expected == null || last == null ? null : expected - last;
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.parseLong(text.trim());
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
