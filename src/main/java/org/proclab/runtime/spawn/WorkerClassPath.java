package org.proclab.runtime.spawn;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A worker's class path is the app's without the GUI's libraries: a worker never draws a window. */
final class WorkerClassPath {
    private static final List<String> GUI_LIBRARIES = List.of("javafx-", "controlsfx-", "richtextfx-", "reactfx-",
            "undofx-", "flowless-", "wellbehavedfx-", "oshi-", "jna-", "testfx-", "openjfx-monocle-");

    private WorkerClassPath() {
    }

    static String withoutGuiLibraries(String classPath) {
        List<String> kept = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty() && !isGuiLibrary(entry)) {
                kept.add(entry);
            }
        }
        return String.join(File.pathSeparator, kept);
    }

    /** {@code classPath} with the entry that is {@code from} replaced by {@code to}. */
    static String replacing(String classPath, Path from, Path to) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            boolean same = Path.of(entry).toAbsolutePath().normalize().equals(from.toAbsolutePath().normalize());
            entries.add(same ? to.toString() : entry);
        }
        return String.join(File.pathSeparator, entries);
    }

    static boolean isGuiLibrary(String entry) {
        Path name = Path.of(entry).getFileName();
        if (name == null || !name.toString().endsWith(".jar")) {
            return false;
        }
        for (String prefix : GUI_LIBRARIES) {
            if (name.toString().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
