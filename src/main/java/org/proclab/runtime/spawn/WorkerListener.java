package org.proclab.runtime.spawn;

import java.util.List;
import org.proclab.runtime.ipc.frames.TaskErrorFrame;

/**
 * What the owner of a worker (a Process or a Pool) hears from it, on the worker's reader thread. One listener
 * serves one worker, so the calls do not repeat which.
 */
public interface WorkerListener {
    default void taskDone(long taskId, List<Object> results) {
    }

    /** A task threw in the worker; {@code error} is what the worker reported about it. */
    default void taskFailed(TaskErrorFrame error) {
    }

    /** The worker JVM has exited: {@code code} has Python's meaning. Called once, after all its frames. */
    default void exited(int code, String reason) {
    }

    WorkerListener NONE = new WorkerListener() {
    };
}
