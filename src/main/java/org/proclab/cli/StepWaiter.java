package org.proclab.cli;

import org.proclab.fold.StepTracker;
import org.proclab.fold.StepTracker.Status;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventSink;

/**
 * The run's {@link StepTracker}, fed from the event bus on the workers' threads and waited on by
 * {@link StepCommands}, so that one {@code step NAME} is exactly one operation.
 */
final class StepWaiter implements EventSink {
    private final StepTracker tracker = new StepTracker();

    @Override
    public synchronized void accept(Event event) {
        if (tracker.accept(event)) {
            notifyAll();
        }
    }

    /** The worker's status, or null if no event has named it yet. */
    synchronized Status status(String worker) {
        return tracker.status(worker);
    }

    /** The lock a blocked worker waits for and who holds it, e.g. "lock, held by pid 4242". */
    synchronized String blockedOn(String worker) {
        return tracker.waitsFor(worker);
    }

    /** Marks a worker as let go, before its step is sent, so its next pause is told apart from this one. */
    synchronized void released(String worker) {
        tracker.released(worker);
    }

    /** Waits until the worker is in one of these states; returns the state it is in at the end. */
    synchronized Status awaitAny(String worker, long timeoutMillis, Status... wanted) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        for (;;) {
            Status now = tracker.status(worker);
            for (Status w : wanted) {
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
