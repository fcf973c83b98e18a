package org.proclab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.proclab.compile.CompileProblem;
import org.proclab.compile.CompileResult;
import org.proclab.compile.RunDirectory;
import org.proclab.compile.SourceCompiler;
import org.proclab.runtime.spawn.JavaCommand;

/**
 * {@code run FILE.java ...}: compiles the file in memory and, when it compiles, runs it exactly as a chapter's
 * example runs: a run host JVM whose class path starts with the compiled classes (its workers inherit that
 * class path, so they load the learner's classes by name), told {@code run --main CLASS} with the same options.
 * Errors are printed as javac prints them and give status 2; the class files are deleted afterwards.
 */
final class SourceFileRun {
    private final PrintStream out;
    private final PrintStream err;

    SourceFileRun(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String file, List<String> args) {
        Path path = Path.of(file);
        String source;
        try {
            source = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            err.println("cannot read " + file + ": " + ex.getMessage());
            return 2;
        }
        SourceCompiler compiler = SourceCompiler.standard();
        if (!compiler.available()) {
            err.println("this Java has no compiler (a JRE, not a JDK): run FILE.java needs a JDK");
            return 2;
        }
        CompileResult result = compiler.compile(path.getFileName().toString(), source);
        if (!result.ok()) {
            for (CompileProblem p : result.errors()) {
                err.println(p.format(file));
            }
            return 2;
        }
        if (result.mainClass() == null) {
            err.println(file + ": no class has a public static void main(String[] args)");
            return 2;
        }
        try (RunDirectory dir = RunDirectory.create(result.classes())) {
            return host(dir, result.mainClass(), args, file);
        } catch (IOException ex) {
            err.println("cannot write the compiled classes: " + ex.getMessage());
            return 1;
        }
    }

    private int host(RunDirectory dir, String mainClass, List<String> args, String file) throws IOException {
        List<String> hostArgs = new ArrayList<>(List.of("run", "--main", mainClass));
        for (String arg : args) {
            if (!arg.equals(file)) {
                hostArgs.add(arg);
            }
        }
        ProcessBuilder builder = JavaCommand.forMain(Main.class)
                .classPath(dir.classes() + java.io.File.pathSeparator + System.getProperty("java.class.path"))
                .systemProperty("file.encoding", "UTF-8")
                .systemProperty("sun.stdout.encoding", "UTF-8")
                .systemProperty("sun.stderr.encoding", "UTF-8")
                .inheritProperty("proclab.home")
                .args(hostArgs)
                .toProcessBuilder();
        builder.redirectInput(ProcessBuilder.Redirect.INHERIT);
        java.lang.Process host = builder.start();
        // Ctrl+C here must end the host too (it also ends itself when this JVM goes away).
        Thread hook = new Thread(() -> {
            host.descendants().forEach(ProcessHandle::destroyForcibly);
            host.destroyForcibly();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        Thread copyOut = copy(host.getInputStream(), out);
        Thread copyErr = copy(host.getErrorStream(), err);
        try {
            int status = host.waitFor();
            copyOut.join();
            copyErr.join();
            return status;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            host.destroyForcibly();
            return 1;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs anyway.
            }
        }
    }

    /** The host's output goes to our streams (not inherited) so a caller that captures them sees it too. */
    private static Thread copy(java.io.InputStream from, PrintStream to) {
        Thread t = new Thread(() -> {
            try {
                from.transferTo(to);
            } catch (IOException ex) {
                // The host ended while writing: everything it flushed has been passed on.
            }
            to.flush();
        }, "run-file-copy");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
