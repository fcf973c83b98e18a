package org.proclab.viz.value;

import java.util.List;

/** Which stretch of time the value timeline opens at, before the learner zooms or pans. */
final class TimelineSpan {
    private TimelineSpan() {
    }

    /**
     * The workers' accesses, first to last. When workers race, the main process usually only reads the result
     * at the end; including it would squeeze the race into a corner (zoom out to see it). Null: nothing yet.
     */
    static long[] fitted(ValueTimelineModel.Track track) {
        if (track == null || track.opCount() == 0) {
            return null;
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (String w : track.workers()) {
            List<ValueOp> ops = track.ops(w);
            if ("main".equals(w) && track.workers().size() > 2 || ops.isEmpty()) {
                continue;
            }
            first = Math.min(first, ops.get(0).timeNanos());
            last = Math.max(last, ops.get(ops.size() - 1).timeNanos());
        }
        if (first == Long.MAX_VALUE) {
            List<ValueOp> all = track.inOrder();
            return new long[] {all.get(0).timeNanos(), all.get(all.size() - 1).timeNanos()};
        }
        return new long[] {first, last};
    }
}
