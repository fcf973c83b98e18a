package org.proclab.exercise;

import java.util.Map;
import java.util.Optional;
import org.proclab.host.wire.HostResult;
import org.proclab.lesson.ExerciseCheck;
import org.proclab.lesson.YesCondition;
import org.proclab.runtime.event.EventType;

/** The conditions of a check, tested on one run's transcript; the first that fails is the reason. */
final class RunConditions {
    private RunConditions() {
    }

    /** Null when run {@code run} meets every condition. */
    static CheckVerdict firstFailure(ExerciseCheck check, RunTranscript t, int run) {
        HostResult r = t.result();
        if (r == null) {
            return CheckVerdict.fail("exercise.noResult", run, t.exitCode());
        }
        if (!r.ok()) {
            return CheckVerdict.fail("exercise.threw", run, r.error());
        }
        if (check.workers() >= 0 && r.workers().size() != check.workers()) {
            return CheckVerdict.fail("exercise.workers", run, check.workers(), r.workers().size());
        }
        if (check.workersJoined()) {
            for (HostResult.WorkerSummary w : r.workers()) {
                if (w.exitCode() == null || w.exitCode() != 0) {
                    return CheckVerdict.fail("exercise.notJoined", run, w.name(),
                            w.exitCode() == null ? "-" : w.exitCode());
                }
            }
        }
        for (Map.Entry<String, YesCondition> e : check.reports().entrySet()) {
            String value = r.reports().get(e.getKey());
            Optional<Boolean> holds = value == null ? Optional.empty() : e.getValue().test(value);
            if (holds.isEmpty() || !holds.get()) {
                return CheckVerdict.fail("exercise.report", run, e.getKey(), value == null ? "-" : value,
                        e.getValue().toString());
            }
        }
        for (Map.Entry<String, YesCondition> e : check.events().entrySet()) {
            int count = t.count(EventType.valueOf(e.getKey()));
            if (!e.getValue().test(Integer.toString(count)).orElse(false)) {
                return CheckVerdict.fail("exercise.events", run, e.getKey(), count, e.getValue().toString());
            }
        }
        for (String line : check.output()) {
            if (!t.output().contains(line)) {
                return CheckVerdict.fail("exercise.output", run, line);
            }
        }
        return null;
    }
}
