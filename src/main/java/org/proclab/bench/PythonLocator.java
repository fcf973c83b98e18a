package org.proclab.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the Python interpreter ({@code --python}, {@code PROCLAB_PYTHON}, then {@code python3} on PATH) and our script. */
public final class PythonLocator {
    static final String SCRIPT = "bench/python/mp_bench.py";

    private PythonLocator() {
    }

    public static Optional<Path> interpreter(Path explicit, Map<String, String> env) {
        if (explicit != null) {
            return Optional.of(explicit);
        }
        String fromEnv = env.get("PROCLAB_PYTHON");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(Path.of(fromEnv));
        }
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, "python3");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The script, looked for under {@code -Dproclab.home}, the working directory, and the checkout the jar or
     * class directory came from ({@code target/proclab.jar} or {@code target/classes} → the project root).
     */
    public static Optional<Path> script() {
        for (Path root : roots()) {
            Path candidate = root.resolve(SCRIPT);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    static List<Path> roots() {
        List<Path> roots = new ArrayList<>();
        String home = System.getProperty("proclab.home");
        if (home != null) {
            roots.add(Path.of(home));
        }
        roots.add(Path.of("").toAbsolutePath());
        var source = PythonLocator.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            try {
                Path code = Path.of(source.getLocation().toURI());
                for (Path p = code.getParent(); p != null && roots.size() < 6; p = p.getParent()) {
                    roots.add(p);
                }
            } catch (URISyntaxException | IllegalArgumentException ex) {
                // not a file location: the other roots must do
            }
        }
        return roots;
    }
}
