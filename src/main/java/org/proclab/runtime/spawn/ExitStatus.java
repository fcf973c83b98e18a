package org.proclab.runtime.spawn;

/** Turns what the OS reports about a finished worker JVM into Python's exit code and a readable reason. */
public final class ExitStatus {
    /** A worker halts with this status when the pipe to its parent breaks. */
    public static final int PARENT_GONE = 70;

    private ExitStatus() {
    }

    /**
     * @param raw          the JVM's exit status as the OS gave it (128 + N after signal N)
     * @param noticedCode  the code the worker announced before exiting on its own, or null if it did not
     */
    public static int pythonCode(int raw, Integer noticedCode) {
        if (noticedCode != null && noticedCode == raw) {
            return raw;
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
            case -6:
                return "aborted (signal 6, SIGABRT): the JVM crashed";
            case PARENT_GONE:
                return "its parent process went away, so it stopped";
            default:
                return code < 0 ? "killed by signal " + (-code) : "exited with status " + code + " (System.exit)";
        }
    }
}
