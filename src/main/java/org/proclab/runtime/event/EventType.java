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
    WARNING,
    /** A bounded queue's put waits for room; subject = queue, newValue = the item. */
    QUEUE_PUT_WAIT,
    /** JoinableQueue.taskDone; index = items still unfinished. */
    QUEUE_TASK_DONE,
    /** JoinableQueue.join returned: every item put was marked done. */
    QUEUE_JOINED,
    /** subject = the pipe's name, index = the sending end (0 or 1), newValue = the item. */
    PIPE_SEND,
    /** subject = the pipe, index = the receiving end, newValue = the item. */
    PIPE_RECV,
    /** A process closed its copy of one end; index = the end, newValue = copies of it still open (0: EOF). */
    PIPE_CLOSE,
    /** subject = the Event's name. */
    EVENT_SET,
    EVENT_CLEAR,
    /** A process begins to wait for an Event. */
    EVENT_WAIT,
    /** The wait ended; newValue = "true" (set) or "false" (timed out). */
    EVENT_WOKEN,
    /** subject = the semaphore; a process waits for it. */
    SEMAPHORE_WAIT,
    /** index = the semaphore's value after the acquire. */
    SEMAPHORE_ACQUIRED,
    /** index = the value after the release. */
    SEMAPHORE_RELEASED,
    /** subject = the condition; the waiter let go of the lock and waits. */
    CONDITION_WAIT,
    /** index = how many waiters were woken. */
    CONDITION_NOTIFY,
    /** The wait ended; newValue = "true" (notified) or "false" (timed out). */
    CONDITION_WOKEN,
    /** A managed dict's d[key] = value: subject = dict, text = key, oldValue / newValue. */
    DICT_SET,
    /** A read of d[key]: text = key, newValue = the value. */
    DICT_GET,
    /** del d[key]: text = key, oldValue = what it held. */
    DICT_DELETE,
    /** A managed list's append: subject = list, index = the new item's index, newValue = the item. */
    LIST_APPEND,
    /** l[i] = value: index = i, oldValue / newValue. */
    LIST_SET,
    /** A read of l[i]: index = i, newValue = the value. */
    LIST_GET,
    /** l.pop(i): index = i, oldValue = the item removed. */
    LIST_POP
}
