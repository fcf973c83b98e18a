package org.proclab.host;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.proclab.runtime.spawn.JavaCommand;

/**
 * The command line of a run host: this JVM's own java and class path running
 * {@code org.proclab.cli.Main run ID --json --set k=v ...}, so the GUI and the CLI share one code path.
 * The java part comes from {@link JavaCommand}, the one builder of every child JVM's command line.
 */
public final class HostCommand {
    static final String CLI_MAIN = "org.proclab.cli.Main";
    static final String READY = "ready";

    /** How a run host for a chapter is started; the app uses {@link #forLesson}, tests may substitute a fake. */
    @FunctionalInterface
    public interface Factory {
        List<String> command(String lessonId, Map<String, String> params);
    }

    /** Which example of a chapter a run host runs: the Java example, or its CPython original. */
    public enum Language { JAVA, PYTHON }

    private HostCommand() {
    }

    /**
     * {@code run ID --python --json --set k=v ...}: the chapter's Python original under real CPython, traced;
     * it speaks the same line protocol as a Java run, so one {@code RunHost} reads both.
     */
    public static List<String> forPythonLesson(String lessonId, Map<String, String> params) {
        return forLesson(lessonId, params, List.of("--python"));
    }

    public static List<String> forLesson(String lessonId, Map<String, String> params) {
        return forLesson(lessonId, params, List.of());
    }

    /** With more options of {@code run} after the parameters, e.g. {@code --step} or {@code --repeat 100}. */
    public static List<String> forLesson(String lessonId, Map<String, String> params, List<String> options) {
        List<String> args = new ArrayList<>();
        args.add("run");
        args.add(lessonId);
        args.add("--json");
        params.forEach((name, value) -> {
            args.add("--set");
            args.add(name + "=" + value);
        });
        args.addAll(options);
        return forMain(CLI_MAIN, args);
    }

    /** A run host started ahead of time: it waits for {@link #readyLine} on stdin (see {@code cli.ReadyHost}). */
    public static List<String> ready() {
        return forMain(CLI_MAIN, List.of(READY));
    }

    /**
     * The stdin line that turns a {@link #ready()} host into the run {@code command} would start, or null if
     * {@code command} is not a run host's command of this JVM (a test's fake host, another class path).
     */
    public static String readyLine(List<String> command) {
        List<String> prefix = forMain(CLI_MAIN, List.of());
        if (command.size() <= prefix.size() || !command.subList(0, prefix.size()).equals(prefix)) {
            return null;
        }
        List<String> args = command.subList(prefix.size(), command.size());
        for (String arg : args) {
            if (arg.indexOf('\t') >= 0 || arg.indexOf('\n') >= 0 || arg.indexOf('\r') >= 0) {
                return null;
            }
        }
        return String.join("\t", args);
    }

    /**
     * A learner's compiled program: {@code run --main CLASS --json --set k=v ...} on a class path that starts
     * with {@code classes}, so the host and the workers it starts (which inherit its class path) load the
     * learner's classes by name, before any shipped class of the same name.
     */
    public static List<String> forProgram(String mainClass, Map<String, String> params, Path classes) {
        return withClassesFirst(forProgram(mainClass, params, List.of()), classes);
    }

    /** {@code run --main CLASS --json ...} of a class already on this JVM's class path (e.g. a shipped template). */
    public static List<String> forProgram(String mainClass, Map<String, String> params, List<String> options) {
        List<String> args = new ArrayList<>(List.of("run", "--main", mainClass, "--json"));
        params.forEach((name, value) -> {
            args.add("--set");
            args.add(name + "=" + value);
        });
        args.addAll(options);
        return forMain(CLI_MAIN, args);
    }

    /** The same host command with {@code classes} put first on its class path. */
    public static List<String> withClassesFirst(List<String> command, Path classes) {
        List<String> changed = new ArrayList<>(command);
        int cp = changed.indexOf("-cp");
        if (cp < 0 || cp + 1 >= changed.size()) {
            throw new IllegalArgumentException("not a java command with -cp: " + command);
        }
        changed.set(cp + 1, classes + File.pathSeparator + changed.get(cp + 1));
        return List.copyOf(changed);
    }

    /**
     * {@code java -Dfile.encoding=UTF-8 .. [-Dproclab.home=..] -cp <class path> mainClass args...}.
     * The host writes UTF-8 whatever the machine's locale, or Chinese output would turn into '?', and it
     * finds the lessons the same way this JVM does. It runs at the window's own priority: under {@code nice -n 5}
     * (as it once did) its workers lost to every other program on a busy machine, and the Lock chapter took
     * 1.5 s in the window against 1.05 s from a terminal; at equal priority 0.8 s. The window stays responsive
     * anyway (its longest frame gap in the Speed chapter's run: 46 ms either way), and its JIT compiler threads
     * are the ones that wait ({@code app.CompilerThreads}).
     */
    public static List<String> forMain(String mainClass, List<String> args) {
        return JavaCommand.forMain(mainClass)
                .systemProperty("file.encoding", "UTF-8")
                .systemProperty("sun.stdout.encoding", "UTF-8")
                .systemProperty("sun.stderr.encoding", "UTF-8")
                .inheritProperty("proclab.home")
                .args(args)
                .toList();
    }
}
