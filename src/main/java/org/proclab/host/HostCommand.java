package org.proclab.host;

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

    /**
     * Where {@code nice} exists the run host (and the workers it starts, which inherit it) runs at a
     * slightly lower priority: busy workers on every core must not starve the window that shows them.
     */
    static final int NICENESS = 5;

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

    /**
     * {@code [nice -n 5] java -Dfile.encoding=UTF-8 .. [-Dproclab.home=..] -cp <class path> mainClass args...}.
     * The host writes UTF-8 whatever the machine's locale, or Chinese output would turn into '?', and it
     * finds the lessons the same way this JVM does.
     */
    public static List<String> forMain(String mainClass, List<String> args) {
        return JavaCommand.forMain(mainClass)
                .niceness(NICENESS)
                .systemProperty("file.encoding", "UTF-8")
                .systemProperty("sun.stdout.encoding", "UTF-8")
                .systemProperty("sun.stderr.encoding", "UTF-8")
                .inheritProperty("proclab.home")
                .args(args)
                .toList();
    }
}
