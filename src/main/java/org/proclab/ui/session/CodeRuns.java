package org.proclab.ui.session;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.proclab.compile.CompileProblem;
import org.proclab.compile.CompileResult;
import org.proclab.compile.RunDirectory;
import org.proclab.host.HostCommand;
import org.proclab.ui.run.RunController;
import org.proclab.ui.run.RunData;

/**
 * Runs the learner's code: compiles the code on screen in the window (nothing of it runs here), writes the
 * classes to a private run directory, and starts the same run host with that directory first on its class
 * path (its workers inherit it). The directory is deleted when the host has exited. A compile error starts
 * nothing and says where; a Java without a compiler runs the shipped example and says so.
 */
final class CodeRuns {
    private final LabSession session;
    private final RunController run;
    private final Messages messages;

    CodeRuns(LabSession session, RunController run, Messages messages) {
        this.session = session;
        this.run = run;
        this.messages = messages;
    }

    /**
     * Whether the run of {@code target} needs compiling: an exercise and the scratch page always (the learner's
     * program runs by its own main class, like {@code proclab run FILE.java}), an example once edited.
     */
    boolean needsCompile(CodeTarget target) {
        return target.isExercise() || target.chapter().scratch() || session.edits().edited(target);
    }

    /** Starts the learner's version; false (with the reason on the status line and console) if it cannot. */
    boolean start(CodeTarget target, Map<String, String> params, boolean stepping, List<String> replay) {
        CodeEdits edits = session.edits();
        if (!edits.canCompile()) {
            if (target.isExercise()) {
                refuse(StatusMessage.of("status.noCompiler"), messages.format("status.noCompiler"));
                return false;
            }
            run.data().note(messages.format("console.noCompilerOriginal"));
            if (target.chapter().scratch()) {
                return run.start(target.chapter().id(), HostCommand.forProgram(target.className(), params,
                        List.of()), stepping, replay, () -> { });
            }
            return run.start(target.chapter().id(), params, stepping, replay);
        }
        CompileResult compiled = edits.compileShown();
        String fileName = edits.fileName(target);
        if (!compiled.ok()) {
            List<CompileProblem> errors = compiled.errors();
            refuse(StatusMessage.of("status.compileErrors", errors.size(), errors.get(0).line()), null);
            errors.forEach(p -> run.data().note(p.format(fileName)));
            return false;
        }
        if (target.chapter().scratch() && compiled.mainClass() == null) {
            refuse(StatusMessage.of("status.noMain", fileName), messages.format("status.noMain", fileName));
            return false;
        }
        RunDirectory dir;
        try {
            dir = RunDirectory.create(compiled.classes());
        } catch (IOException ex) {
            refuse(StatusMessage.of("status.classesNotWritten", ex.getMessage()), null);
            return false;
        }
        List<String> command = target.isExercise()
                ? HostCommand.forProgram(target.className(), target.exercise().params(), dir.classes())
                : target.chapter().scratch()
                ? HostCommand.forProgram(compiled.mainClass(), params, dir.classes())
                : HostCommand.withClassesFirst(HostCommand.forLesson(target.chapter().id(), params), dir.classes());
        boolean started = run.start(target.chapter().id(), command, stepping, replay, dir::close);
        if (!started) {
            dir.close();
        } else {
            run.data().note(messages.format("console.editedRun", fileName, compiled.millis()));
        }
        return started;
    }

    private void refuse(StatusMessage status, String note) {
        session.setStatus(status);
        if (note != null) {
            run.data().note(note);
        }
    }

    /** After a run of the code on screen: the first stack frame in its file marks the learner's line. */
    void afterRun(RunData data) {
        CodeTarget target = session.edits().shown();
        if (target == null) {
            return;
        }
        int line = learnerLine(data.stackTraceLines(), session.edits().fileName(target));
        if (line > 0) {
            session.edits().markException(line);
        }
    }

    static int learnerLine(List<String> stackLines, String fileName) {
        Pattern frame = Pattern.compile("\\(" + Pattern.quote(fileName) + ":(\\d+)\\)");
        for (String line : stackLines) {
            Matcher m = frame.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return -1;
    }
}
