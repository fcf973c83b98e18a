package org.proclab.exercise;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.proclab.compile.CompileResult;
import org.proclab.compile.RunDirectory;
import org.proclab.compile.SourceCompiler;
import org.proclab.host.HostCommand;
import org.proclab.host.wire.HostResult;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Exercise;
import org.proclab.lesson.ExerciseCheck;

/**
 * Checks a learner's solution of an exercise on real processes: compiles it, runs it {@code runs} times
 * through the run host (like any chapter example), and tests the declared conditions on every run. With a
 * reference it also runs the chapter's example as many times and compares the median times. Blocking: call it
 * off the FX thread; {@link #stop()} ends it from any thread.
 */
public final class ExerciseChecker {
    /** One checking run may take this long before it counts as hanging. */
    static final Duration RUN_LIMIT = Duration.ofSeconds(60);

    private final SourceCompiler compiler;
    private final HostRuns hosts = new HostRuns(RUN_LIMIT);

    public ExerciseChecker(SourceCompiler compiler) {
        this.compiler = compiler;
    }

    public void stop() {
        hosts.stop();
    }

    public CheckVerdict check(Chapter chapter, Exercise exercise, String source)
            throws IOException, InterruptedException {
        if (!compiler.available()) {
            return CheckVerdict.fail("exercise.noCompiler");
        }
        CompileResult compiled = compiler.compile(exercise.sourceFile(), source);
        if (!compiled.ok()) {
            return CheckVerdict.fail("exercise.compileError", compiled.errors().get(0).line(),
                    compiled.errors().get(0).message());
        }
        if (compiled.mainClass() == null) {
            return CheckVerdict.fail("exercise.noMain");
        }
        ExerciseCheck check = exercise.check();
        List<Long> times = new ArrayList<>();
        try (RunDirectory dir = RunDirectory.create(compiled.classes())) {
            List<String> command = HostCommand.forProgram(compiled.mainClass(), exercise.params(), dir.classes());
            for (int run = 1; run <= check.runs(); run++) {
                RunTranscript t = hosts.run(command);
                if (hosts.stopped()) {
                    return CheckVerdict.fail("exercise.stopped");
                }
                CheckVerdict failed = RunConditions.firstFailure(check, t, run);
                if (failed != null) {
                    return failed;
                }
                times.add(t.result().millis());
            }
        }
        if (check.reference() != null) {
            CheckVerdict slower = compareWithReference(chapter, check, times);
            if (slower != null) {
                return slower;
            }
        }
        return CheckVerdict.pass(check.runs());
    }

    private CheckVerdict compareWithReference(Chapter chapter, ExerciseCheck check, List<Long> times)
            throws IOException, InterruptedException {
        Map<String, String> params = check.reference().params();
        List<Long> reference = new ArrayList<>();
        for (int run = 0; run < check.runs(); run++) {
            RunTranscript t = hosts.run(HostCommand.forLesson(chapter.id(), params));
            HostResult r = t.result();
            if (hosts.stopped()) {
                return CheckVerdict.fail("exercise.stopped");
            }
            if (r == null || !r.ok()) {
                return CheckVerdict.fail("exercise.referenceFailed", chapter.id());
            }
            reference.add(r.millis());
        }
        long mine = median(times);
        long theirs = median(reference);
        if (mine > theirs * check.reference().factor()) {
            return CheckVerdict.fail("exercise.slower", mine, theirs, check.reference().factor());
        }
        return null;
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
