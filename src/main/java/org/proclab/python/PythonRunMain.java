package org.proclab.python;

import org.proclab.lesson.Chapter;
import org.proclab.lesson.Course;
import org.proclab.lesson.CourseLoader;
import org.proclab.lesson.ParamException;
import org.proclab.lesson.ParamValidator;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code PythonRunMain ID [--json] [--set NAME=VALUE]...}: what {@code proclab run ID --python} prints. Exit
 * status 0 when the script succeeded, 1 when it failed or no Python was found, 2 for a usage mistake.
 */
public final class PythonRunMain {
    static final String USAGE = "usage: proclab run ID --python [--json] [--set NAME=VALUE]...";

    private PythonRunMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(List.of(args), CourseLoader.loadDefault(), System.out, System.err));
    }

    /** The whole command, for {@code proclab run ID --python ...} to call with the arguments other than --python. */
    public static int run(List<String> args, Course course, PrintStream out, PrintStream err)
            throws InterruptedException {
        String lesson = null;
        boolean json = false;
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--set") && i + 1 < args.size() && args.get(i + 1).indexOf('=') > 0) {
                String assignment = args.get(++i);
                given.put(assignment.substring(0, assignment.indexOf('=')).trim(),
                        assignment.substring(assignment.indexOf('=') + 1));
            } else if (!arg.startsWith("-") && lesson == null) {
                lesson = arg;
            } else {
                err.println("cannot read \"" + arg + "\"\n" + USAGE);
                return 2;
            }
        }
        Chapter chapter = lesson == null ? null : course.chapter(lesson).orElse(null);
        if (chapter == null) {
            err.println((lesson == null ? "which lesson? " : "unknown lesson \"" + lesson + "\"; available: "
                    + String.join(", ", course.ids()) + "\n") + USAGE);
            return 2;
        }
        Map<String, String> params;
        try {
            params = ParamValidator.validate(chapter, given);
        } catch (ParamException ex) {
            err.println(ex.getMessage());
            return 2;
        }
        PythonTextPrinter text = json ? null : new PythonTextPrinter(out, err);
        PythonJsonPrinter jsonPrinter = json ? new PythonJsonPrinter(out) : null;
        if (text != null) {
            text.header(chapter, params);
        }
        PythonRun run = PythonRun.start(PythonRequest.of(chapter.id(), params), text != null ? text : jsonPrinter);
        // Ctrl+C must not leave Python processes behind.
        Thread hook = new Thread(run::stop, "python-run-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        PythonOutcome outcome = run.await();
        Runtime.getRuntime().removeShutdownHook(hook);
        if (text != null) {
            text.result(chapter, outcome);
        } else {
            jsonPrinter.result(chapter.id(), outcome);
        }
        return outcome.ok() ? 0 : 1;
    }
}
