package org.proclab.ui.session;

/** What the worker lanes' buttons do in step mode. */
public interface StepCommands {
    /** Lets a paused worker of the stepped run do its next shared operation; false when it cannot now. */
    boolean step(String worker);

    /** "Restart and replay": the last stepped run again with the same steps sent at once. */
    void replay();
}
