package org.proclab.app.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line of a run host: this JVM's own java and class path running
 * {@code org.proclab.cli.Main run ID --json --set k=v ...}, so the GUI and the CLI share one code path.
 */
public final class RunCommand {
    static final String CLI_MAIN = "org.proclab.cli.Main";

    private static final String NICE = findNice();

    private RunCommand() {
    }

    private static String findNice() {
        if (Boolean.getBoolean("proclab.noNice")) {
            return null;
        }
        for (String dir : new String[] {"/usr/bin", "/bin"}) {
            Path nice = Path.of(dir, "nice");
            if (java.nio.file.Files.isExecutable(nice)) {
                return nice.toString();
            }
        }
        return null;
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
        return javaCommand(CLI_MAIN, args);
    }

    /**
     * {@code [nice -n 5] <java.home>/bin/java [-Dproclab.home=..] -cp <java.class.path> mainClass args...}.
     * Where {@code nice} exists the run host (and the workers it starts, which inherit it) runs at a
     * slightly lower priority: busy workers on every core must not starve the window that shows them.
     * It costs them nothing while the window is idle.
     */
    public static List<String> javaCommand(String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        if (NICE != null) {
            cmd.add(NICE);
            cmd.add("-n");
            cmd.add("5");
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The host finds the lessons the same way this JVM does.
        String home = System.getProperty("proclab.home");
        if (home != null) {
            cmd.add("-Dproclab.home=" + home);
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }
}
