package org.proclab.cli;

import java.util.HashMap;
import java.util.Map;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventSink;

/**
 * Where each worker of a stepped run is, as its events tell: paused at a step, running, blocked on a lock,
 * or finished. {@link StepCommands} waits on it so that one {@code step NAME} is exactly one operation.
 */
final class StepStates implements EventSink {
    enum State { RUNNING, PAUSED, BLOCKED, EXITED }

    private final Map<String, State> states = new HashMap<>();
    private final Map<String, String> blockedBy = new HashMap<>();

    @Override
    public synchronized void accept(Event event) {
        String worker = event.worker();
        if (worker == null || worker.equals("main")) {
            return;
        }
        switch (event.type()) {
            case PROCESS_SPAWNED:
            case PROCESS_STARTED:
            case LOCK_ACQUIRED:
            case LOCK_ABANDONED:
                set(worker, State.RUNNING);
                break;
            case STEP_PAUSED:
                set(worker, State.PAUSED);
                break;
            case LOCK_WAIT:
                set(worker, State.BLOCKED);
                blockedBy.put(worker, event.subject() + (event.text() == null ? "" : ", " + event.text()));
                break;
            case PROCESS_EXITED:
                set(worker, State.EXITED);
                break;
            default:
                return;
        }
        notifyAll();
    }

    private void set(String worker, State state) {
        if (states.get(worker) != State.EXITED) {
            states.put(worker, state);
        }
    }

    /** The worker's state, or null if no event has named it yet. */
    synchronized State state(String worker) {
        return states.get(worker);
    }

    /** The lock a blocked worker waits for and who holds it, e.g. "lock, held by pid 4242". */
    synchronized String blockedOn(String worker) {
        return blockedBy.get(worker);
    }

    /** Marks a worker as let go, before its step is sent, so its next pause is told apart from this one. */
    synchronized void released(String worker) {
        set(worker, State.RUNNING);
    }

    /** Waits until the worker is in one of these states; returns the state it is in at the end. */
    synchronized State awaitAny(String worker, long timeoutMillis, State... wanted) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        for (;;) {
            State now = states.get(worker);
            for (State w : wanted) {
                if (w == now) {
                    return now;
                }
            }
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return now;
            }
            wait(left);
        }
    }
}
