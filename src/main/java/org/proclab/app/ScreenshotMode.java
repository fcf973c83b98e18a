package org.proclab.app;

import java.io.IOException;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.proclab.ui.params.ParamModel;
import org.proclab.ui.python.CodeTabs;
import org.proclab.ui.session.LabSession;

/**
 * {@code --screenshot}: opens a chapter, optionally puts the learner's code in the editor and runs or checks
 * it ({@link ScreenshotCode}) and waits until that is done, lets the core chart collect a few samples, writes the window as a PNG and prints the run's times ({@link RunSummary}).
 */
final class ScreenshotMode {
    /** A run that takes longer than this is stopped and the picture taken anyway. */
    private static final long RUN_LIMIT_MILLIS = 120_000;
    /**
     * --runs N: the pause before the next run, as a learner's "what if" takes at least: long enough for the
     * next ready run host to boot and warm up (0.3-0.5 s of CPU), which a run 0.3 s later had to share the
     * cores with.
     */
    private static final long BETWEEN_RUNS_MILLIS = 2_000;
    private static final long MIN_OPEN_MILLIS = 2_500;
    private static final long SETTLE_MILLIS = 1_500;

    private final MainWindow window;
    private final LabSession session;
    private final AppOptions options;
    private final Runnable exit;
    private final ScreenshotCode code;
    private final long openedAt = System.currentTimeMillis();
    private boolean started;
    private int runsDone;
    private long finishedAt;
    /** Step mode: when the stepped run last changed; the picture is taken once it has been still a while. */
    private long lastEvents = -1;
    private long stillSince;
    /** Outcomes: 0 before, 1 lock off running, 2 lock on running, 3 done. */
    private int outcomePhase;

    ScreenshotMode(MainWindow window, AppOptions options, Runnable exit) {
        this.window = window;
        this.session = window.session();
        this.options = options;
        this.exit = exit;
        this.code = new ScreenshotCode(window, options);
    }

    void begin() {
        if (options.lesson() != null && !session.showChapter(options.lesson())) {
            System.err.println("no lesson \"" + options.lesson() + "\"");
        }
        if (session.currentChapter() != null) {
            ParamModel params = session.params(session.currentChapter().id());
            options.params().forEach((k, v) -> params.value(k).ifPresentOrElse(p -> p.set(v),
                    () -> System.err.println("no parameter \"" + k + "\" in this lesson")));
            if (options.predict() != null) {
                session.predictions().predict(options.predict());
            }
        }
        code.prepare();
        CodeTabs tabs = (CodeTabs) window.lookup("#code-tabs");
        if (tabs != null && (options.python() || options.compare())) {
            tabs.getSelectionModel().select(tabs.pythonTab());
        }
        Timeline poll = new Timeline(new KeyFrame(Duration.millis(100)));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.getKeyFrames().setAll(new KeyFrame(Duration.millis(100), e -> {
            if (step()) {
                poll.stop();
            }
        }));
        poll.play();
    }

    /** One poll; true when the picture was taken. */
    private boolean step() {
        if (options.steps() != null) {
            return stepped();
        }
        if (options.outcomes() > 0) {
            return outcomes();
        }
        if (options.compare()) {
            return compared();
        }
        long now = System.currentTimeMillis();
        var run = session.runController();
        if (code.typedCheckPending()) {
            return false;
        }
        // Start only once the window has settled, so its own start-up is not counted as the run's frames.
        if (options.run() && !started && now - openedAt > SETTLE_MILLIS) {
            started = true;
            if (options.python()) {
                session.python().run();
            } else {
                session.run();
            }
            return false;
        }
        if (options.run() && !started) {
            return false;
        }
        if (run.state().active()) {
            if (now - openedAt > RUN_LIMIT_MILLIS) {
                run.stop();
            }
            return false;
        }
        // The exercise is checked after any run, so the check's own runs compete with nothing on screen.
        if (options.check() && (now - openedAt < SETTLE_MILLIS || code.checkPending())) {
            if (now - openedAt > RUN_LIMIT_MILLIS) {
                code.stop();
            }
            return false;
        }
        if (finishedAt == 0) {
            finishedAt = now;
        }
        // --runs N: the next run starts from the same window, as a learner's "what if" does (the timing
        // of a run whose window and run host are already up), after the pause a learner takes.
        if (options.run() && runsDone + 1 < options.runs()) {
            if (now - finishedAt < BETWEEN_RUNS_MILLIS) {
                return false;
            }
            System.out.println(RunSummary.of(run));
            runsDone++;
            finishedAt = 0;
            session.run();
            return false;
        }
        // Let the last frame of events land and the core chart draw a few samples.
        if (now - finishedAt < 600 || now - openedAt < MIN_OPEN_MILLIS) {
            return false;
        }
        if (code.showErrorMessage()) {
            return false;
        }
        take(window.getScene());
        if (options.run()) {
            System.out.println(RunSummary.of(run));
        }
        if (options.code() != null || options.exercise() > 0) {
            System.out.println(code.summary());
        }
        exit.run();
        return true;
    }

    /** Step mode: start with the steps as a replay script, wait until every step is done, take the picture. */
    private boolean stepped() {
        long now = System.currentTimeMillis();
        var run = session.runController();
        if (!started) {
            if (now - openedAt > SETTLE_MILLIS) {
                started = true;
                session.runStepped(options.steps());
            }
            return false;
        }
        long events = run.data().events();
        boolean moving = run.data().steps().workers().stream()
                .anyMatch(w -> w.status() == org.proclab.fold.StepTracker.Status.RUNNING
                        || w.status() == org.proclab.fold.StepTracker.Status.STARTING);
        if (events != lastEvents || moving || events == 0) {
            lastEvents = events;
            stillSince = now;
            return now - openedAt > RUN_LIMIT_MILLIS && finish(run);
        }
        if (now - stillSince < 1_500) {
            return false;
        }
        return finish(run);
    }

    private boolean finish(org.proclab.ui.run.RunController run) {
        take(window.getScene());
        run.stop();
        exit.run();
        return true;
    }

    /** Outcomes: N runs with the lock off, then N with it on, then the picture of both histograms. */
    private boolean outcomes() {
        long now = System.currentTimeMillis();
        var repeat = session.repeatController();
        ParamModel params = session.params(session.currentChapter().id());
        if (outcomePhase == 0) {
            if (now - openedAt > SETTLE_MILLIS) {
                outcomePhase = 1;
                params.value("lock").ifPresent(p -> p.set("none"));
                if (window.lab().outcomes() != null) {
                    window.lab().outcomes().runsProperty().set(options.outcomes());
                }
                session.repeat(options.outcomes());
            }
            return false;
        }
        if (repeat.running()) {
            return false;
        }
        if (outcomePhase == 1) {
            outcomePhase = 2;
            String on = options.params().getOrDefault("lock", "none");
            params.value("lock").ifPresent(p -> p.set(on.equals("none") ? "each" : on));
            session.repeat(options.outcomes());
            return false;
        }
        if (finishedAt == 0) {
            finishedAt = now;
        }
        if (now - finishedAt < 800) {
            return false;
        }
        take(window.getScene());
        exit.run();
        return true;
    }

    /** Compare: open the compare view, run both languages, take the picture of that view. */
    private boolean compared() {
        long now = System.currentTimeMillis();
        CodeTabs tabs = (CodeTabs) window.lookup("#code-tabs");
        if (!started) {
            if (now - openedAt > SETTLE_MILLIS) {
                started = true;
                tabs.openCompare().runBoth();
            }
            return false;
        }
        if (tabs.comparePane().running() && now - openedAt < RUN_LIMIT_MILLIS) {
            return false;
        }
        if (finishedAt == 0) {
            finishedAt = now;
        }
        if (now - finishedAt < 600) {
            return false;
        }
        take(tabs.comparePane().getScene());
        exit.run();
        return true;
    }

    private void take(Scene scene) {
        try {
            WindowPicture.write(scene, options.screenshot());
            System.out.println("screenshot written to " + options.screenshot().toAbsolutePath());
        } catch (IOException e) {
            System.err.println("could not write " + options.screenshot() + ": " + e.getMessage());
        }
    }
}
