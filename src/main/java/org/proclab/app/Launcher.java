package org.proclab.app;

import javafx.application.Application;

/**
 * Plain main class (not an Application) so JavaFX starts from the class path and from the shaded jar.
 * With a command ({@code list}, {@code run}, {@code bench}) it runs headless; otherwise it opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("--")) {
            org.proclab.cli.Main.main(args);
            return;
        }
        if (args.length > 0 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            System.out.println(AppOptions.help());
            return;
        }
        CompilerThreads.yieldToRunsInBackground();
        Application.launch(ProcLabApp.class, args);
        // Run-host stoppers are non-daemon threads: the JVM ends once they are done.
    }
}
