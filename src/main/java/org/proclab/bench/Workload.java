package org.proclab.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One workload, measured on both sides. The runner interleaves the sides repetition by repetition; each
 * side returns its figures keyed by row id (see {@link Rows}).
 */
public interface Workload {
    /** The name {@code --only} selects it by. */
    String name();

    /** What the progress line says. */
    default String title() {
        return name();
    }

    int proclabReps(BenchOptions options);

    default int pythonReps(BenchOptions options) {
        return proclabReps(options);
    }

    /** Work before the repetitions, such as finding the n of the speed job; may use Python (null if missing). */
    default void prepare(Results results, PythonSide python) throws Exception {
    }

    /** One ProcLab repetition in this JVM, which is the learner's "main process". {@code rep} counts from 0. */
    Map<String, Double> runProcLab(int rep, Results results) throws Exception;

    /** The script's arguments for one Python repetition, or null if the workload has no Python side. */
    List<String> pythonArgs(int rep);

    /** The row figures from one Python result. */
    Map<String, Double> fromPython(JsonNode json, Results results);

    default Duration timeout() {
        return Duration.ofSeconds(90);
    }
}
