package org.proclab.app;

/**
 * Plain main class (not an Application) so JavaFX starts from the class path and from the shaded jar.
 * With a command ({@code list}, {@code run}, {@code bench}) it runs headless. Stub: filled in by the GUI work.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("--")) {
            org.proclab.cli.Main.main(args);
            return;
        }
        System.err.println("The ProcLab window is not built yet.");
    }
}
