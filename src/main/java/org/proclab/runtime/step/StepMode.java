package org.proclab.runtime.step;

/**
 * The main process's step-mode switch: processes started while it is on run their shared operations one
 * step at a time (see {@link StepGate}, their side of it). It also names the class whose source lines the
 * paused events report, which the run knows and the runtime does not.
 */
public final class StepMode {
    /** A run may name its example class here instead of calling {@link #set(boolean, String)}. */
    public static final String SOURCE_PROPERTY = "proclab.step.source";

    private static volatile boolean on;
    private static volatile String sourceClass;

    private StepMode() {
    }

    public static void set(boolean enabled, String source) {
        sourceClass = source;
        on = enabled;
    }

    public static boolean on() {
        return on;
    }

    /** The class whose lines paused workers report, or null for the first caller outside the runtime. */
    public static String sourceClass() {
        return sourceClass;
    }
}
