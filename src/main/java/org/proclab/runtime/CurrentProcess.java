package org.proclab.runtime;

/**
 * Who is running this code, like Python's {@code multiprocessing.current_process()}: {@code "MainProcess"} (or
 * the host's name, "main") in the main JVM, the worker's name in a worker.
 *
 * @param daemon whether this process was started with {@code daemon(true)}; such a process cannot start children
 */
public record CurrentProcess(String name, long pid, boolean daemon, boolean main) {
}
