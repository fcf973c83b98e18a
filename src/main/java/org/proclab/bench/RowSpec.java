package org.proclab.bench;

/**
 * One line of the result table.
 *
 * @param id       stable key, used in the JSON output
 * @param workload the workload (see {@link BenchOptions#WORKLOADS}) that fills it
 * @param label    what was measured, for people
 * @param unit     how the figures are measured
 * @param goal     the goal, or null
 * @param pythonNote what the Python column is (start method, variant), filled in at run time if null
 */
public record RowSpec(String id, String workload, String label, Unit unit, Goal goal, String pythonNote) {
}
