package org.proclab.cli;

import java.util.List;
import java.util.Map;
import org.proclab.fold.Outcome;
import org.proclab.fold.WorkerTracker;

/**
 * How a run ended.
 *
 * @param ok      the example's main returned normally
 * @param error   what it threw when not ok (class and message), else null
 * @param params  the parameters it ran with, defaults filled in
 * @param workers the worker JVMs it started
 * @param reports the figures it reported
 * @param figures expected, final and lost, from the reports the chapter declares as its outcome
 * @param millis  wall time of the whole run, worker start-up included
 */
record RunOutcome(boolean ok, String error, Map<String, String> params, List<WorkerTracker.Worker> workers,
                  Map<String, String> reports, Outcome figures, long millis) {
}
