package org.proclab.python;

/**
 * The uncaught exception that ended a Python script.
 *
 * @param exception the exception's class name, e.g. "ZeroDivisionError"
 * @param message   its message
 * @param file      the script it was raised in
 * @param line      the script's line of the innermost frame in that file (1-based); -1 if no frame was in it
 * @param traceback CPython's own traceback text, starting at the script's frame
 */
public record PythonError(String exception, String message, String file, int line, String traceback) {

    /** "ZeroDivisionError: division by zero (line 12)", as a one-line summary. */
    public String summary() {
        return exception + (message == null || message.isEmpty() ? "" : ": " + message)
                + (line > 0 ? " (line " + line + ")" : "");
    }
}
