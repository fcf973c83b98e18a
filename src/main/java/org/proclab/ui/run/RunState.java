package org.proclab.ui.run;

/** Where the current run is. */
public enum RunState {
    IDLE, STARTING, RUNNING, STOPPING, FINISHED, FAILED, STOPPED;

    public boolean active() {
        return this == STARTING || this == RUNNING || this == STOPPING;
    }
}
