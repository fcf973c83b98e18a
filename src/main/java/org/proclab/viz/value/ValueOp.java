package org.proclab.viz.value;

import org.proclab.runtime.event.EventType;

/**
 * One read, write or atomic update of a shared Value (or one Array element) by one worker.
 *
 * @param overwrote true for a plain write whose oldValue differs from what this writer last saw: it wrote a
 *             value computed from a stale read over updates it never saw (those are marked lost in the track)
 * @param seen what the writer last read before this write (null for reads and blind writes)
 * @param newNumber newValue as a number (NaN when it is not one), parsed once for the charts
 */
public record ValueOp(long timeNanos, String worker, EventType kind, String subject, String oldValue,
                      String newValue, boolean overwrote, String seen, double newNumber) {

    public boolean isWrite() {
        return kind == EventType.VALUE_WRITE || kind == EventType.VALUE_ATOMIC;
    }
}
