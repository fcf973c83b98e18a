package org.proclab.viz.lanes;

/** What a worker JVM is doing, as the lanes show it (always with a word, never colour alone). */
public enum WorkerState {
    STARTING, RUNNING, WAITING_FOR_LOCK, HOLDING_LOCK, EXITED;

    /** The CSS pseudo-class of a lane in this state, e.g. {@code :waiting-for-lock}. */
    public String pseudoClass() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
