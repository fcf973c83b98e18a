package org.proclab.runtime;

import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.EventType;

/**
 * Lets an example hand a named figure to whoever runs it (the CLI's summary and JSON result, the app's
 * counters): {@code Report.put("expected", 40)}. It is an event like any other, so it is always real.
 */
public final class Report {
    private Report() {
    }

    public static void put(String key, Object value) {
        ProcessContext ctx = ProcessContext.current();
        ctx.emit(ctx.event(EventType.REPORT, key).withValues(null, String.valueOf(value)));
    }
}
