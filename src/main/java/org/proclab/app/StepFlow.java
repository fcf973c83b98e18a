package org.proclab.app;

import java.util.List;
import javafx.application.Platform;
import org.proclab.ui.lab.LabPanel;
import org.proclab.ui.lesson.LessonPage;
import org.proclab.ui.run.RunController;
import org.proclab.ui.run.RunData;
import org.proclab.fold.StepTracker;

/**
 * Step mode in the window: a lane's Step button lets its worker do one operation, the code view marks the
 * line the chosen (or last paused) worker is about to run, and "Restart and replay" runs the chapter again
 * with the same steps sent at once (stopping a stepped run that is still going first).
 */
final class StepFlow {
    /** What the flow needs from the window. */
    interface Window {
        /** True when the chapter on screen is the one the run controller ran last. */
        boolean showsRunChapter();

        /** Starts the chapter on screen; in step mode with these steps sent at once. */
        void start(boolean stepping, List<String> steps);
    }

    private final RunController run;
    private final LabPanel lab;
    private final LessonPage page;
    private final Window window;
    /** A replay waiting for the stepped run it interrupted to end. */
    private List<String> pendingReplay;

    StepFlow(RunController run, LabPanel lab, LessonPage page, Window window) {
        this.run = run;
        this.lab = lab;
        this.page = page;
        this.window = window;
        lab.setStepActions(this::step, this::replay);
    }

    boolean step(String worker) {
        return run.stepped() && run.step(worker);
    }

    void replay() {
        if (!window.showsRunChapter() || !run.data().steps().active()) {
            return;
        }
        List<String> steps = run.data().steps().sequence();
        page.stepSwitch().setSelected(true);
        if (run.state().active()) {
            pendingReplay = steps;
            run.stop();
        } else {
            window.start(true, steps);
        }
    }

    /** The run ended: a replay that waited for it starts now (not inside the state listener that told us). */
    void runEnded() {
        if (pendingReplay != null) {
            List<String> steps = pendingReplay;
            pendingReplay = null;
            Platform.runLater(() -> window.start(true, steps));
        }
    }

    /** Another chapter is on screen: forget a pending replay, follow the new lanes' selection. */
    void chapterShown() {
        pendingReplay = null;
        if (lab.lanesView() != null) {
            lab.lanesView().selectedWorkerProperty().addListener((obs, a, b) -> showLine());
        }
        showLine();
    }

    /** Marks the line the chosen (or last paused) worker of a stepped run is about to run; else none. */
    void showLine() {
        RunData d = run.data();
        boolean stepping = window.showsRunChapter() && d.steps().active() && lab.lanesView() != null;
        String worker = stepping ? lab.lanesView().shownWorker() : null;
        long line = worker == null ? -1 : d.steps().worker(worker).map(StepTracker.WorkerStep::line).orElse(-1L);
        page.codeView().highlightLine((int) line);
    }
}
