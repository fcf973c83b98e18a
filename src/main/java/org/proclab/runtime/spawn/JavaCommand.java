package org.proclab.runtime.spawn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that builds a {@code java} command line for a child JVM: the worker launcher, the run host,
 * the benchmark and the tests all start their children through it, so a flag that must reach every child
 * (the same {@code java.home}, the same class path, no perf-data file in /tmp) is added once.
 *
 * <pre>{@code <java.home>/bin/java <jvm options> -cp <class path> <main class> <args>}</pre>
 */
public final class JavaCommand {
    private final String mainClass;
    private final List<String> jvmOptions = new ArrayList<>();
    private final List<String> args = new ArrayList<>();
    private String classPath = System.getProperty("java.class.path");

    private JavaCommand(String mainClass) {
        this.mainClass = mainClass;
        // No hsperfdata file in /tmp: a killed child would leave it behind.
        jvmOptions.add("-XX:-UsePerfData");
    }

    public static JavaCommand forMain(String mainClass) {
        return new JavaCommand(mainClass);
    }

    public static JavaCommand forMain(Class<?> mainClass) {
        return new JavaCommand(mainClass.getName());
    }

    /** The {@code java} executable of the JVM running now: children run on the same Java as their parent. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public JavaCommand jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    public JavaCommand jvmOptions(List<String> options) {
        jvmOptions.addAll(options);
        return this;
    }

    public JavaCommand systemProperty(String name, Object value) {
        jvmOptions.add("-D" + name + "=" + value);
        return this;
    }

    /** Passes this JVM's value of a system property on to the child, if it has one. */
    public JavaCommand inheritProperty(String name) {
        String value = System.getProperty(name);
        return value == null ? this : systemProperty(name, value);
    }

    public JavaCommand classPath(String classPath) {
        this.classPath = classPath;
        return this;
    }

    public JavaCommand arg(Object arg) {
        args.add(String.valueOf(arg));
        return this;
    }

    public JavaCommand args(List<String> more) {
        args.addAll(more);
        return this;
    }

    public List<String> toList() {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass);
        cmd.addAll(args);
        return List.copyOf(cmd);
    }

    public ProcessBuilder toProcessBuilder() {
        return new ProcessBuilder(toList());
    }

    @Override
    public String toString() {
        return String.join(" ", toList());
    }
}
