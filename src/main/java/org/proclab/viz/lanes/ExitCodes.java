package org.proclab.viz.lanes;

/**
 * What an exit code means, as a text key with its argument. Python's convention: a negative code is the
 * signal that ended the process (-9: SIGKILL); a shell-style code above 128 is 128 + the signal (143: SIGTERM,
 * what Stop sends first; 137: SIGKILL); 1 is what an uncaught exception leaves.
 */
public final class ExitCodes {
    /** The meaning's text key and the number it names ({@code exit.signal} and {@code exit.other} use it). */
    public record Meaning(String key, int arg) {
    }

    private ExitCodes() {
    }

    public static Meaning of(int code) {
        int signal = code < 0 ? -code : code > 128 && code < 160 ? code - 128 : 0;
        if (code == 0) {
            return new Meaning("exit.ok", 0);
        }
        if (code == 1) {
            return new Meaning("exit.error", 1);
        }
        if (signal == 15) {
            return new Meaning("exit.sigterm", 15);
        }
        if (signal == 9) {
            return new Meaning("exit.sigkill", 9);
        }
        if (signal > 0) {
            return new Meaning("exit.signal", signal);
        }
        return new Meaning("exit.other", code);
    }
}
