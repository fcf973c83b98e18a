package org.proclab.runtime.spawn;

/**
 * Turns what the OS reports about a finished worker JVM into Python's exit code and a readable reason.
 *
 * <p>Java reports a child killed by signal N as status 128 + N, the same number a {@code System.exit(128 + N)}
 * gives. The worker tells the two apart before it goes: its shutdown hook sends an exit notice, either
 * {@link #EXIT_CALLED} (the JVM is leaving through {@code System.exit} or the end of its job) or -N (a
 * catchable signal N is ending it). A JVM that sent neither died without running hooks: SIGKILL or a crash.
 */
public final class ExitStatus {
    /** A worker halts with this status when the pipe to its parent breaks. */
    public static final int PARENT_GONE = 70;

    /** Exit-notice code meaning "leaving through System.exit": the raw status is the exit code itself. */
    public static final int EXIT_CALLED = Integer.MIN_VALUE;

    private ExitStatus() {
    }

    /**
     * @param raw          the JVM's exit status as the OS gave it (128 + N after signal N)
     * @param noticedCode  what the worker announced before exiting: its job's code, {@link #EXIT_CALLED}, -N
     *                     for a signal it caught, or null if it sent nothing
     */
    public static int pythonCode(int raw, Integer noticedCode) {
        if (noticedCode != null) {
            if (noticedCode == EXIT_CALLED || noticedCode == raw) {
                return raw;
            }
            if (noticedCode < 0) {
                return noticedCode;
            }
        }
        if (raw > 128 && raw < 160) {
            return -(raw - 128);
        }
        return raw;
    }

    public static String reason(int code, String noticedReason) {
        if (noticedReason != null && code >= 0 && code <= 1) {
            return noticedReason;
        }
        switch (code) {
            case 0:
                return "finished";
            case -9:
                return "killed (signal 9, SIGKILL)";
            case -15:
                return "terminated (signal 15, SIGTERM)";
            case -2:
                return "interrupted (signal 2, SIGINT)";
            case -6:
                return "aborted (signal 6, SIGABRT): the JVM crashed";
            case PARENT_GONE:
                return "its parent process went away, so it stopped";
            default:
                return code < 0 ? "killed by signal " + (-code) : "exited with status " + code + " (System.exit)";
        }
    }
}
