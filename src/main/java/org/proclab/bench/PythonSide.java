package org.proclab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code bench/python/mp_bench.py} with CPython, one repetition per process, and reads the one JSON
 * object it prints. The interpreter is asked once for its real executable, so later runs skip launchers such
 * as pyenv shims (they add 50–100 ms of wall time, though not to the figures, which Python times itself).
 */
public final class PythonSide {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path executable;
    private final Path script;
    private final JsonNode info;

    PythonSide(Path executable, Path script, JsonNode info) {
        this.executable = executable;
        this.script = script;
        this.info = info;
    }

    /** Starts the given interpreter once ({@code info}) and returns a side that uses its real executable. */
    public static PythonSide start(Path interpreter, Path script) throws IOException {
        JsonNode info = run(interpreter, script, Duration.ofSeconds(30), List.of("info"));
        String real = info.path("executable").asText("");
        Path exe = real.isEmpty() ? interpreter : Path.of(real);
        return new PythonSide(exe, script, info);
    }

    public JsonNode info() {
        return info;
    }

    public String version() {
        return info.path("implementation").asText("Python") + " " + info.path("python").asText("?");
    }

    public String defaultMethod() {
        return info.path("default_method").asText("?");
    }

    public Path executable() {
        return executable;
    }

    public JsonNode run(Duration timeout, List<String> args) throws IOException {
        return run(executable, script, timeout, args);
    }

    static JsonNode run(Path exe, Path script, Duration timeout, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(exe.toString());
        command.add(script.toString());
        command.addAll(args);
        Process process = new ProcessBuilder(command).start();
        ChildReaper.track(process);
        try {
            process.getOutputStream().close();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread drain = new Thread(() -> copy(process.getErrorStream(), err), "python-stderr");
            drain.setDaemon(true);
            drain.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException("python " + args.get(0) + " took longer than " + timeout.toSeconds() + " s");
            }
            drain.join(1000);
            return parse(new String(out, StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    process.exitValue());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", ex);
        } finally {
            ChildReaper.killTree(process.toHandle());
            ChildReaper.untrack(process);
        }
    }

    /** The last line of stdout is the result; {"ok":false,"error":..} or a crash becomes an IOException. */
    static JsonNode parse(String stdout, String stderr, int exitCode) throws IOException {
        String last = null;
        for (String line : stdout.split("\n")) {
            if (!line.isBlank()) {
                last = line.trim();
            }
        }
        if (last == null) {
            throw new IOException("python printed nothing (exit " + exitCode + ")" + tail(stderr));
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(last);
        } catch (IOException ex) {
            throw new IOException("python printed no JSON: " + last + tail(stderr), ex);
        }
        if (!node.path("ok").asBoolean(false)) {
            throw new IOException("python: " + node.path("error").asText("failed (exit " + exitCode + ")")
                    + tail(stderr));
        }
        return node;
    }

    private static String tail(String stderr) {
        String s = stderr.strip();
        if (s.isEmpty()) {
            return "";
        }
        return "; stderr: " + (s.length() > 300 ? "…" + s.substring(s.length() - 300) : s);
    }

    private static void copy(InputStream in, ByteArrayOutputStream sink) {
        try (in) {
            in.transferTo(sink);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
