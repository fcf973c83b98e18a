package org.proclab.cli;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.proclab.lesson.Chapter;

/**
 * Calls an example's {@code main} in this JVM with {@code System.out}/{@code System.err} turned into OUTPUT
 * events of the main process, so one stream of events describes the whole run. It does not end the workers:
 * a single run shuts the runtime down afterwards, a repeated run keeps its standby JVMs for the next round.
 */
final class ExampleInvoker {
    private ExampleInvoker() {
    }

    static Method exampleMain(Chapter chapter) throws ReflectiveOperationException {
        Class<?> example = Class.forName(chapter.exampleClass());
        Method main = example.getMethod("main", String[].class);
        if (!Modifier.isStatic(main.getModifiers())) {
            throw new NoSuchMethodException(chapter.exampleClass() + ".main is not static");
        }
        return main;
    }

    /** Every parameter as the example's {@code name=value} argument. */
    static String[] argv(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** Returns null if main returned normally, else what it threw (class and message). */
    static String invokeCapturingOutput(Method main, String[] argv) {
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        OutputCapture stdout = new OutputCapture("stdout");
        OutputCapture stderr = new OutputCapture("stderr");
        PrintStream exampleOut = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream exampleErr = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        System.setOut(exampleOut);
        System.setErr(exampleErr);
        String error = null;
        try {
            main.invoke(null, (Object) argv);
        } catch (InvocationTargetException ex) {
            Throwable cause = ex.getCause();
            cause.printStackTrace();
            error = cause.toString();
        } catch (IllegalAccessException ex) {
            error = ex.toString();
        } finally {
            exampleOut.flush();
            exampleErr.flush();
            stdout.close();
            stderr.close();
            System.setOut(realOut);
            System.setErr(realErr);
        }
        return error;
    }

    static void closeQuietly(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception ex) {
            // Unsubscribing from an in-memory bus cannot fail in a way worth reporting.
        }
    }
}
