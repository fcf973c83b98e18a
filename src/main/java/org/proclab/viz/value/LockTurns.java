package org.proclab.viz.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who got the lock, turn by turn: per worker how often it acquired it and its longest run of acquires in a
 * row with no other worker in between. A lock is not fair: the worker that just released it often takes it
 * again before a waiting one wakes up, and these runs show it.
 */
public final class LockTurns {
    /** One worker's share of the lock. */
    public record Share(String worker, int acquires, int longestRun) {
    }

    private LockTurns() {
    }

    /** The shares of every worker that held a lock in {@code model}, in the order given. */
    public static List<Share> of(ValueTimelineModel model, List<String> workers) {
        List<long[]> acquires = new ArrayList<>();
        for (int w = 0; w < workers.size(); w++) {
            for (ValueTimelineModel.LockSpan span : model.lockSpans(workers.get(w))) {
                if (span.holding()) {
                    acquires.add(new long[] {span.fromNanos(), w});
                }
            }
        }
        acquires.sort((a, b) -> Long.compare(a[0], b[0]));
        int[] count = new int[workers.size()];
        int[] longest = new int[workers.size()];
        int run = 0;
        int last = -1;
        for (long[] a : acquires) {
            int w = (int) a[1];
            run = w == last ? run + 1 : 1;
            last = w;
            count[w]++;
            longest[w] = Math.max(longest[w], run);
        }
        Map<String, Share> shares = new LinkedHashMap<>();
        for (int w = 0; w < workers.size(); w++) {
            if (count[w] > 0) {
                shares.put(workers.get(w), new Share(workers.get(w), count[w], longest[w]));
            }
        }
        return new ArrayList<>(shares.values());
    }
}
