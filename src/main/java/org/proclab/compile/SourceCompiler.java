package org.proclab.compile;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.proclab.runtime.ProcLabRuntime;

/**
 * Compiles one Java source against the runtime a learner imports (and the JDK) with the JDK's
 * compiler, entirely in memory. Nothing is run: annotation processing is off, so compiling a learner's code
 * in the window never executes any of it. One standard file manager is kept for the session, which makes
 * every compile after the first several times faster (the class path is read once).
 */
public final class SourceCompiler {
    private final JavaCompiler compiler;
    private final StandardJavaFileManager standard;
    private final String classPath;

    private SourceCompiler(JavaCompiler compiler, String classPath) {
        this.compiler = compiler;
        this.classPath = classPath;
        this.standard = compiler == null ? null
                : compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    }

    /**
     * A compiler against the runtime a learner imports; {@link #available()} says whether this Java has one.
     * Only the runtime's own class path entry is searched (the app's jar, or its classes folder): the other
     * libraries are nothing a learner may import, and scanning them made every compile slower.
     */
    public static SourceCompiler standard() {
        return new SourceCompiler(ToolProvider.getSystemJavaCompiler(), runtimeClassPath());
    }

    static String runtimeClassPath() {
        try {
            return Path.of(ProcLabRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException | RuntimeException ex) {
            return System.getProperty("java.class.path");
        }
    }

    /** A compiler that behaves like a Java runtime without {@code javac}: for tests of that path. */
    public static SourceCompiler missing() {
        return new SourceCompiler(null, "");
    }

    /** False on a Java runtime without a compiler (a JRE): then nothing can be compiled, only run as shipped. */
    public boolean available() {
        return compiler != null;
    }

    /**
     * Compiles {@code source} as the file {@code fileName} (e.g. "LockExample.java"). Never throws for bad
     * code: every problem is in the result.
     */
    public synchronized CompileResult compile(String fileName, String source) {
        if (compiler == null) {
            throw new IllegalStateException("this Java has no compiler (ToolProvider.getSystemJavaCompiler() is null)");
        }
        long t0 = System.nanoTime();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        MemoryFileManager files = new MemoryFileManager(standard);
        // -XDstringConcat=inline, as the app's own build: "worker " + n compiled to StringBuilder calls. The
        // default (invokedynamic) links method handles on first use, about 10 ms of a new worker JVM's start
        // when its target prints a joined string (measured start() -> first message 53-63 ms -> 43-49 ms).
        List<String> options = List.of("-classpath", classPath, "-proc:none", "-g", "-Xlint:none",
                "-implicit:none", "-encoding", "UTF-8", "-XDstringConcat=inline");
        JavacTask task = (JavacTask) compiler.getTask(null, files, diagnostics, options, null,
                List.of(MemoryFileManager.source(fileName, source)));
        String mainClass = null;
        boolean generated;
        try {
            Iterable<? extends CompilationUnitTree> units = task.parse();
            task.analyze();
            mainClass = findMain(units);
            task.generate();
            generated = true;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (IllegalStateException ex) {
            // javac refuses to go on after errors in an earlier phase; the diagnostics say why.
            generated = false;
        }
        List<CompileProblem> problems = problems(diagnostics);
        boolean failed = !generated || problems.stream().anyMatch(CompileProblem::error);
        Map<String, byte[]> classes = failed ? Map.of() : files.classes();
        return new CompileResult(classes, problems, failed ? null : mainClass, (System.nanoTime() - t0) / 1_000_000);
    }

    private static List<CompileProblem> problems(DiagnosticCollector<JavaFileObject> diagnostics) {
        List<CompileProblem> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.NOTE) {
                continue;
            }
            String message = d.getMessage(Locale.ROOT);
            int newline = message.indexOf('\n');
            problems.add(new CompileProblem(d.getKind() == Diagnostic.Kind.ERROR,
                    Math.max(0, d.getLineNumber()), Math.max(0, d.getColumnNumber()),
                    d.getStartPosition(), d.getEndPosition(),
                    newline < 0 ? message : message.substring(0, newline)));
        }
        return problems;
    }

    /** The first top-level class with {@code public static void main}, by its binary name. */
    private static String findMain(Iterable<? extends CompilationUnitTree> units) {
        for (CompilationUnitTree unit : units) {
            String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString() + ".";
            for (Tree type : unit.getTypeDecls()) {
                if (type instanceof ClassTree && hasMain((ClassTree) type)) {
                    return pkg + ((ClassTree) type).getSimpleName();
                }
            }
        }
        return null;
    }

    private static boolean hasMain(ClassTree type) {
        for (Tree member : type.getMembers()) {
            if (member instanceof MethodTree) {
                MethodTree m = (MethodTree) member;
                if (m.getName().contentEquals("main") && m.getModifiers().getFlags().contains(Modifier.PUBLIC)
                        && m.getModifiers().getFlags().contains(Modifier.STATIC) && m.getParameters().size() == 1) {
                    return true;
                }
            }
        }
        return false;
    }
}
