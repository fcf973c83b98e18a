package org.proclab.python;

/** One Python worker process as the run saw it; exitCode is null while it has not been seen to exit. */
public record PythonWorker(String name, long pid, Integer exitCode) {
}
