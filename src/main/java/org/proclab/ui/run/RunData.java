package org.proclab.ui.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proclab.host.wire.HostMessage;
import org.proclab.host.wire.HostResult;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;
import org.proclab.viz.lanes.WorkerLanesModel;
import org.proclab.viz.pool.PoolTasksModel;
import org.proclab.viz.speed.SpeedModel;
import org.proclab.viz.step.StepModel;
import org.proclab.viz.value.ValueTimelineModel;

/**
 * Everything one run produced so far, as plain models the views read. Filled on the FX thread from
 * batches of {@link HostMessage}s; no nodes here, so it is testable without a window.
 */
public final class RunData {
    /** The console keeps this many lines; older ones are dropped (the count says how many). */
    public static final int CONSOLE_LIMIT = 50_000;
    static final int STACK_LINE_LIMIT = 500;

    private final WorkerLanesModel lanes = new WorkerLanesModel();
    private final ValueTimelineModel values = new ValueTimelineModel();
    private final PoolTasksModel pool = new PoolTasksModel();
    private final SpeedModel speed = new SpeedModel();
    private final StepModel steps = new StepModel();
    private final Map<String, String> reports = new LinkedHashMap<>();
    private final List<ConsoleLine> newConsoleLines = new ArrayList<>();
    /** Stack-trace lines ("at Class.method(File.java:N)") of the run, so the editor can mark the learner's line. */
    private final List<String> stackLines = new ArrayList<>();
    private HostResult result;
    private HostMessage.Exited exited;
    private long events;
    private long warnings;
    private long firstNanos = Long.MAX_VALUE;
    private long lastNanos = Long.MIN_VALUE;
    private long firstWorkerNanos;

    /** Applies one message; console lines collect until {@link #takeNewConsoleLines()}. */
    public void apply(HostMessage message) {
        if (message instanceof HostMessage.Started) {
            lanes.hostStarted(((HostMessage.Started) message).pid());
        } else if (message instanceof HostMessage.EventLine) {
            applyEvent(((HostMessage.EventLine) message).event());
        } else if (message instanceof HostMessage.Warning) {
            warnings++;
            newConsoleLines.add(new ConsoleLine(System.nanoTime(), null, -1, ConsoleLine.Kind.WARNING,
                    ((HostMessage.Warning) message).text()));
        } else if (message instanceof HostMessage.Result) {
            result = ((HostMessage.Result) message).result();
            result.reports().forEach(reports::putIfAbsent);
        } else if (message instanceof HostMessage.Exited) {
            exited = (HostMessage.Exited) message;
            lanes.hostEnded(exited.exitCode());
        }
    }

    private void applyEvent(Event e) {
        events++;
        if (e.timeNanos() > 0) {
            firstNanos = Math.min(firstNanos, e.timeNanos());
            lastNanos = Math.max(lastNanos, e.timeNanos());
            if (firstWorkerNanos == 0 && e.worker() != null && !"main".equals(e.worker())) {
                firstWorkerNanos = e.timeNanos();
            }
        }
        lanes.accept(e);
        values.accept(e);
        pool.accept(e);
        speed.accept(e);
        steps.accept(e);
        if (e.type() == EventType.REPORT && e.subject() != null) {
            reports.put(e.subject(), e.newValue());
        } else if (e.type() == EventType.OUTPUT) {
            if ("stderr".equals(e.subject()) && e.text() != null && e.text().strip().startsWith("at ")
                    && stackLines.size() < STACK_LINE_LIMIT) {
                stackLines.add(e.text().strip());
            }
            ConsoleLine.Kind kind = "stderr".equals(e.subject()) ? ConsoleLine.Kind.STDERR : ConsoleLine.Kind.STDOUT;
            newConsoleLines.add(new ConsoleLine(e.timeNanos(), e.worker(), e.pid(), kind,
                    e.text() == null ? "" : e.text()));
        } else if (e.type() == EventType.WARNING) {
            warnings++;
            newConsoleLines.add(new ConsoleLine(e.timeNanos(), e.worker(), e.pid(), ConsoleLine.Kind.WARNING,
                    e.text() == null ? "" : e.text()));
        }
    }

    /** Console lines added since the last call, in arrival order. */
    public List<ConsoleLine> takeNewConsoleLines() {
        List<ConsoleLine> lines = new ArrayList<>(newConsoleLines);
        newConsoleLines.clear();
        return lines;
    }

    /** The first stack-trace lines printed during the run, in order (at most {@value #STACK_LINE_LIMIT}). */
    public List<String> stackTraceLines() {
        return List.copyOf(stackLines);
    }

    public void note(String text) {
        note(text, null);
    }

    /** A note of the app's own whose words come from a text key, so the console can re-render them. */
    public void note(String text, ConsoleLine.Message message) {
        newConsoleLines.add(new ConsoleLine(System.nanoTime(), null, -1, ConsoleLine.Kind.NOTE, text, message));
    }

    public WorkerLanesModel lanes() {
        return lanes;
    }

    public ValueTimelineModel values() {
        return values;
    }

    public PoolTasksModel pool() {
        return pool;
    }

    public SpeedModel speed() {
        return speed;
    }

    /** Step mode: where each worker stands and the steps sent (empty for a run that was not stepped). */
    public StepModel steps() {
        return steps;
    }

    public Map<String, String> reports() {
        return reports;
    }

    /** The summary line, once the run host printed it. */
    public HostResult result() {
        return result;
    }

    public HostMessage.Exited exited() {
        return exited;
    }

    /** The run host's exit code, or -1 while it has not exited. */
    public int exitCode() {
        return exited == null ? -1 : exited.exitCode();
    }

    /** Processes of the run that could not be ended (0 while the host has not exited). */
    public int survivors() {
        return exited == null ? 0 : exited.survivors();
    }

    public long events() {
        return events;
    }

    public long warnings() {
        return warnings;
    }

    /** The earliest event time: the zero of every time axis of this run. */
    /** The latest event time seen. */
    public long lastNanos() {
        return lastNanos == Long.MIN_VALUE ? firstNanos() : lastNanos;
    }

    /** When a process other than main sent its first event (System.nanoTime, one clock for all processes); 0 if none. */
    public long firstWorkerNanos() {
        return firstWorkerNanos;
    }

    public long firstNanos() {
        return firstNanos == Long.MAX_VALUE ? 0 : firstNanos;
    }
}
