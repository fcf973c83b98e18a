package org.proclab.compile;

import java.util.List;
import java.util.Map;

/**
 * What compiling one source gave.
 *
 * @param classes   binary class name to class-file bytes; empty when anything failed
 * @param problems  errors and warnings in source order
 * @param mainClass the class with {@code public static void main(String[])}, or null
 * @param millis    how long the compile took
 */
public record CompileResult(Map<String, byte[]> classes, List<CompileProblem> problems, String mainClass,
                            long millis) {

    public boolean ok() {
        return problems.stream().noneMatch(CompileProblem::error) && !classes.isEmpty();
    }

    public List<CompileProblem> errors() {
        return problems.stream().filter(CompileProblem::error).toList();
    }
}
