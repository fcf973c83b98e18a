package org.proclab.runtime.spawn;

import java.nio.file.Path;

/**
 * The user's ProcLab data folder, for caches that outlive a run (the worker's class-data-sharing archive):
 * {@code proclab.data} if set, else the platform's usual place ($XDG_DATA_HOME/proclab, ~/.local/share/proclab,
 * ~/Library/Application Support/ProcLab, %LOCALAPPDATA%\ProcLab).
 */
public final class DataFolder {
    public static final String PROPERTY = "proclab.data";

    private DataFolder() {
    }

    public static Path path() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase();
        String home = System.getProperty("user.home");
        if (os.contains("win") && System.getenv("LOCALAPPDATA") != null) {
            return Path.of(System.getenv("LOCALAPPDATA"), "ProcLab");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "ProcLab");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "proclab") : Path.of(home, ".local", "share", "proclab");
    }
}
