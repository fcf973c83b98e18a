package org.proclab.runtime;

/**
 * The runtime's lifecycle in the main process. Stub: implemented by the runtime work.
 */
public final class ProcLabRuntime {
    private ProcLabRuntime() {
    }

    /** Ends every worker JVM this process started and deletes this process's shared-memory files. */
    public static void shutdown() {
    }
}
