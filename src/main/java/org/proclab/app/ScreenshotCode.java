package org.proclab.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.proclab.compile.CompileProblem;
import org.proclab.exercise.CheckVerdict;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Exercise;
import org.proclab.ui.session.CodeEdits;
import org.proclab.ui.session.CodeTarget;
import org.proclab.ui.session.ExerciseProgress;
import org.proclab.ui.session.LabSession;

/**
 * The learner's code in a screenshot: {@code --exercise N} shows that exercise, {@code --code FILE} types the
 * file into the editor (so the editor checks it as it checks typing), {@code --check} checks the exercise on
 * real processes. Says when the picture must still wait, and what the code came to, for the terminal.
 */
final class ScreenshotCode {
    /** The editor's first compile of a session takes about a second; a slower one is not waited for. */
    private static final long TYPED_CHECK_LIMIT_MILLIS = 20_000;

    private final MainWindow window;
    private final LabSession session;
    private final AppOptions options;
    private int checksBeforeTyping = -1;
    private long typedAt;
    private boolean checkStarted;
    private boolean messageShown;

    ScreenshotCode(MainWindow window, AppOptions options) {
        this.window = window;
        this.session = window.session();
        this.options = options;
    }

    /** Shows the exercise and types the code; false (with the reason on stderr) if either cannot be done. */
    boolean prepare() {
        Chapter chapter = session.currentChapter();
        if (options.exercise() > 0) {
            List<Exercise> all = chapter == null ? List.of() : chapter.exercises();
            if (options.exercise() > all.size()) {
                System.err.println("no exercise " + options.exercise() + " in this lesson (it has " + all.size() + ")");
                return false;
            }
            session.edits().show(CodeTarget.exercise(chapter, all.get(options.exercise() - 1)));
        }
        if (options.code() != null) {
            String source;
            try {
                source = Files.readString(options.code(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("could not read " + options.code() + ": " + e.getMessage());
                return false;
            }
            checksBeforeTyping = session.edits().checksProperty().get();
            typedAt = System.currentTimeMillis();
            window.lessonPage().codeView().typeAll(source);
        }
        return true;
    }

    /** True while the editor has not yet checked the typed code (so its marks are not in the picture yet). */
    boolean typedCheckPending() {
        CodeEdits edits = session.edits();
        return checksBeforeTyping >= 0 && edits.canCompile() && edits.edited(edits.shown())
                && edits.checksProperty().get() == checksBeforeTyping
                && System.currentTimeMillis() - typedAt < TYPED_CHECK_LIMIT_MILLIS;
    }

    /** With {@code --check}: starts the check once, then true until its verdict is on screen. */
    boolean checkPending() {
        if (!options.check()) {
            return false;
        }
        ExerciseProgress exercises = session.exercises();
        if (!checkStarted) {
            checkStarted = true;
            exercises.check();
        }
        return exercises.checkingProperty().get();
    }

    /**
     * With typed code that does not compile: shows the first error's message beside its line, as hovering
     * there does; true once, so the picture is taken on a later poll, with the message laid out.
     */
    boolean showErrorMessage() {
        if (options.code() == null || messageShown) {
            return false;
        }
        messageShown = true;
        return window.lessonPage().codeView().showFirstProblemMessage();
    }

    /** Ends a check that outlived the screenshot's time limit. */
    void stop() {
        session.exercises().stop();
    }

    /** One line for the terminal: the first compile error of the code on screen, and the exercise's verdict. */
    String summary() {
        CodeEdits edits = session.edits();
        CodeTarget target = edits.shown();
        StringBuilder line = new StringBuilder("code " + target.fileName());
        List<CompileProblem> problems = edits.problemsProperty().get();
        line.append(problems.isEmpty() ? ": no compile errors"
                : ": " + problems.size() + " compile error(s), first " + problems.get(0).format(target.fileName()));
        CheckVerdict verdict = session.exercises().verdictProperty().get();
        if (options.check()) {
            line.append("; check ").append(verdict == null ? "gave no verdict"
                    : (verdict.passed() ? "passed" : "failed") + " (" + verdict.english() + ")");
        }
        return line.toString();
    }
}
