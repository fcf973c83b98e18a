package org.proclab.python;

import org.proclab.bench.PythonLocator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A CPython found the way the benchmark finds one ({@code PROCLAB_PYTHON}, then {@code python3} on PATH), asked
 * once for its real executable, so runs skip launchers such as pyenv shims, and for its version.
 *
 * @param executable the interpreter itself
 * @param version    e.g. "CPython 3.11.7"
 */
public record PythonInterpreter(Path executable, String version) {
    /** What to tell a learner who has no Python. */
    public static final String INSTALL_HINT = "No python3 was found. Install Python 3.8 or newer (on Debian or Ubuntu:"
            + " sudo apt install python3; on macOS or Windows: python.org/downloads), make sure python3 is on the"
            + " PATH, or set PROCLAB_PYTHON to the interpreter's path. Everything else in ProcLab works without it.";

    private static final Map<Path, PythonInterpreter> KNOWN = new ConcurrentHashMap<>();

    /** The interpreter from the environment, or empty when there is none that runs. */
    public static Optional<PythonInterpreter> find() {
        return PythonLocator.interpreter(null, System.getenv()).flatMap(PythonInterpreter::at);
    }

    /** This interpreter, if it starts and answers within 20 s. */
    public static Optional<PythonInterpreter> at(Path candidate) {
        PythonInterpreter known = KNOWN.get(candidate);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            Process probe = new ProcessBuilder(List.of(candidate.toString(), "-c",
                    "import sys, platform; print(sys.executable); print(platform.python_implementation(),"
                            + " platform.python_version())")).redirectErrorStream(true).start();
            probe.getOutputStream().close();
            String[] lines = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n");
            if (!probe.waitFor(20, TimeUnit.SECONDS) || probe.exitValue() != 0 || lines.length < 2) {
                probe.destroyForcibly();
                return Optional.empty();
            }
            String real = lines[0].strip();
            PythonInterpreter found = new PythonInterpreter(real.isEmpty() ? candidate : Path.of(real), lines[1].strip());
            KNOWN.put(candidate, found);
            return Optional.of(found);
        } catch (IOException ex) {
            return Optional.empty();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
