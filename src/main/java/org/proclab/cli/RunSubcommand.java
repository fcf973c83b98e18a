package org.proclab.cli;

import org.proclab.fold.Outcome;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Course;
import org.proclab.lesson.ParamException;
import org.proclab.lesson.ParamValidator;
import org.proclab.python.PythonRunMain;
import org.proclab.runtime.ProcLabRuntime;
import org.proclab.runtime.context.ProcessContext;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * {@code run ID ...}: runs a chapter's example inside this JVM, which thereby becomes the example's main
 * process, while the workers it starts are real child JVMs. The GUI runs exactly this as a child process
 * with {@code --json}, so the terminal and the window share one code path.
 */
final class RunSubcommand {
    private final Course course;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;

    /** The --set values, laid over the question's own settings with --question. */
    private static Map<String, String> given(Chapter chapter, RunArgs runArgs) throws UsageException {
        if (!runArgs.question()) {
            return runArgs.params();
        }
        if (chapter.question() == null) {
            throw new UsageException("lesson \"" + chapter.id() + "\" has no question to run");
        }
        Map<String, String> values = new java.util.LinkedHashMap<>(chapter.question().settings());
        values.putAll(runArgs.params());
        return values;
    }

    /** {@code run ID --python ...}: the chapter's CPython original, traced, printed in the same two formats. */
    private int runPython(List<String> args) {
        List<String> rest = new java.util.ArrayList<>(args);
        rest.remove("--python");
        try {
            return PythonRunMain.run(rest, course, out, err);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            err.println("interrupted");
            return 1;
        }
    }

    RunSubcommand(Course course, PrintStream out, PrintStream err) {
        this(course, out, err, System.in);
    }

    /** @param in where step commands come from, with --step */
    RunSubcommand(Course course, PrintStream out, PrintStream err, InputStream in) {
        this.course = course;
        this.out = out;
        this.err = err;
        this.in = in;
    }

    int run(List<String> args) {
        if (args.contains("--python")) {
            return runPython(args);
        }
        RunArgs runArgs;
        Chapter chapter;
        Map<String, String> params;
        try {
            runArgs = RunArgs.parse(args);
            if (runArgs.sourceFile()) {
                return new SourceFileRun(out, err).run(runArgs.lesson(), args);
            }
            if (runArgs.mainClass() != null) {
                // A learner's own program declares no parameters: its name=value arguments go through as given.
                chapter = Chapter.ofProgram(runArgs.mainClass());
                params = runArgs.params();
            } else {
                chapter = chapter(runArgs.lesson());
                params = ParamValidator.validate(chapter, given(chapter, runArgs));
            }
        } catch (UsageException | ParamException ex) {
            err.println(ex.getMessage());
            return 2;
        }
        Method main;
        try {
            main = ExampleInvoker.exampleMain(chapter);
        } catch (ReflectiveOperationException ex) {
            err.println("lesson \"" + chapter.id() + "\": its example " + chapter.exampleClass()
                    + " cannot be run (" + ex + "); was it compiled?");
            return 1;
        }
        if (runArgs.repeat() > 0) {
            return new RepeatRun(chapter, params, main, runArgs.repeat()).run(new RepeatPrinter(out, runArgs.json()));
        }
        RunPrinter printer = runArgs.json() ? new JsonPrinter(out) : new TextPrinter(out, err, runArgs.lang());
        printer.header(chapter, params);
        AutoCloseable stepping = null;
        if (runArgs.step()) {
            // Step pauses report the lines of the example the learner reads, named by the chapter.
            ProcLabRuntime.stepMode(true, chapter.exampleClass());
            stepping = StepCommands.listen(in);
        }
        RunOutcome outcome;
        try {
            outcome = execute(chapter, main, params, printer);
        } finally {
            ProcLabRuntime.stepMode(false);
            if (stepping != null) {
                ExampleInvoker.closeQuietly(stepping);
            }
        }
        printer.result(chapter, outcome);
        return outcome.ok() ? 0 : 1;
    }

    private Chapter chapter(String id) throws UsageException {
        return course.chapter(id).orElseThrow(() -> {
            StringBuilder message = new StringBuilder("unknown lesson \"" + id + "\"; available: "
                    + String.join(", ", course.ids()));
            for (String problem : course.problems()) {
                message.append("\nnot loaded: ").append(problem);
            }
            return new UsageException(message.toString());
        });
    }

    private RunOutcome execute(Chapter chapter, Method main, Map<String, String> params, RunPrinter printer) {
        RunRecord record = new RunRecord();
        String[] argv = ExampleInvoker.argv(params);
        // Ctrl+C must not leave worker JVMs behind.
        Thread hook = new Thread(ProcLabRuntime::shutdown, "proclab-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        long start = System.nanoTime();
        OutputCap cap = new OutputCap(printer);
        AutoCloseable subscription = ProcessContext.events().subscribe(event -> {
            record.accept(event);
            cap.event(event);
        });
        String error;
        try {
            error = ExampleInvoker.invokeCapturingOutput(main, argv);
            if (error == null) {
                // As a Python main process does at its end: daemon children are ended, the others waited for.
                ProcLabRuntime.joinChildren();
            }
        } finally {
            // Still subscribed here, so the workers' last exit events are recorded.
            ProcLabRuntime.shutdown();
            ExampleInvoker.closeQuietly(subscription);
            cap.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook is running or has run: nothing left to undo.
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, String> reports = record.reports();
        return new RunOutcome(error == null, error, params, record.workers(), reports,
                Outcome.of(chapter.outcome(), reports), millis);
    }
}
