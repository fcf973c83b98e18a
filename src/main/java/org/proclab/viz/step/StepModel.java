package org.proclab.viz.step;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.proclab.fold.StepTracker;
import org.proclab.fold.StepTracker.WorkerStep;
import org.proclab.runtime.event.Event;

/**
 * The step view's model: where each worker stands ({@link StepTracker}, shared with the CLI) plus the steps
 * the learner sent, in order, so the same run can be replayed. No JavaFX: the view reads it once per frame.
 */
public final class StepModel {
    private final StepTracker tracker = new StepTracker();
    private final List<String> sequence = new ArrayList<>();
    private int version;
    private boolean active;

    /** This run was started in step mode: the views show step controls. */
    public void activate() {
        active = true;
        version++;
    }

    public boolean active() {
        return active;
    }

    /** Takes one event; returns true when it changed what the model shows. */
    public boolean accept(Event e) {
        boolean changed = tracker.accept(e);
        if (changed) {
            version++;
        }
        return changed;
    }

    /** The learner let this worker take its step: it runs until its next pause. */
    public void stepped(String worker) {
        tracker.released(worker);
        sequence.add(worker);
        version++;
    }

    /** A replayed run: these steps are sent at once and carried out in order by the run host. */
    public void replayed(List<String> script) {
        sequence.addAll(script);
        version++;
    }

    /** Only a worker paused at a step can take one; a blocked one waits for the lock's holder. */
    public boolean canStep(String worker) {
        return tracker.canStep(worker);
    }

    public List<WorkerStep> workers() {
        return tracker.workers();
    }

    public Optional<WorkerStep> worker(String name) {
        return tracker.worker(name);
    }

    /** The steps sent so far, by worker name, in order: what "Restart and replay" sends again. */
    public List<String> sequence() {
        return List.copyOf(sequence);
    }

    /** The worker that paused most recently: whose line the code view shows unless the learner picks one. */
    public Optional<String> lastPaused() {
        return tracker.lastPaused();
    }

    /** Grows with every change: lets a view skip work when nothing changed. */
    public int version() {
        return version;
    }
}
