package org.proclab.runtime.event;

/** Everything the runtime reports. The names are part of the JSON-lines format: do not rename. */
public enum EventType {
    /** A worker JVM was asked to start (state "starting"); text = what it will run. */
    PROCESS_SPAWNED,
    /** The worker is up and runs its target (state "running"). */
    PROCESS_STARTED,
    /** The worker ended; index = exit code (Python meaning), text = readable reason. */
    PROCESS_EXITED,
    /** One line of output; subject = "stdout" or "stderr", text = the line. */
    OUTPUT,
    QUEUE_PUT,
    QUEUE_GET,
    /** A read of a shared Value (index = -1) or Array element; newValue = what was read. */
    VALUE_READ,
    /** A plain write; oldValue = what the memory held just before, newValue = what was written. */
    VALUE_WRITE,
    /** An atomic read-modify-write (add or compare-and-set); it can never lose an update. */
    VALUE_ATOMIC,
    LOCK_WAIT,
    LOCK_ACQUIRED,
    LOCK_RELEASED,
    /** The holder of a lock died; the lock was taken back. text names the dead holder. */
    LOCK_ABANDONED,
    /** index = task number; subject = pool name. */
    TASK_QUEUED,
    TASK_STARTED,
    /** text = "ok" or the error; newValue = the result when it is short. */
    TASK_FINISHED,
    /** A named figure the example reports for the summary (subject = key, newValue = value). */
    REPORT,
    /**
     * Step mode: the worker stopped before a shared operation. subject = the object, index = the example's
     * source line, newValue = the operation ("read", "write", "add", "acquire", "release"), text = what it is about to do.
     */
    STEP_PAUSED,
    /** Something went wrong outside the example's own code: a malformed message, a refused connection. */
    WARNING
}
