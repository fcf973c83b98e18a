package org.proclab.host.wire;

import org.proclab.runtime.event.Event;

/**
 * What a run host tells whoever watches it: the line kinds of its stdout (see {@link HostLineCodec}) plus the
 * two facts about the process itself, Started and Exited. Delivered on the host's reader threads.
 */
public sealed interface HostMessage permits HostMessage.Started, HostMessage.EventLine, HostMessage.Warning,
        HostMessage.Result, HostMessage.Exited, HostMessage.Repeat {

    /** The run host process exists; always the first message. */
    record Started(long pid) implements HostMessage {
    }

    /** One event line of {@code run --json}. */
    record EventLine(Event event) implements HostMessage {
    }

    /** A line that was not an event (or the host's own stderr): shown, never fatal. */
    record Warning(String text) implements HostMessage {
    }

    /**
     * One repetition of {@code run --repeat N}: its number (from 1), the outcome counted, the chapter's
     * expected and final figures when it declares them (else null), its grade ("expected", "interesting",
     * "forbidden", or null) and how long it took.
     */
    record Repeat(int run, String outcome, Long expected, Long finalValue, String grade, long millis)
            implements HostMessage {
        /** expected - final, when both are known. */
        public Long lost() {
            return expected == null || finalValue == null ? null : expected - finalValue;
        }
    }

    /** The last line, {@code {"type":"result",...}}. */
    record Result(HostResult result) implements HostMessage {
    }

    /**
     * The run host ended and both its output streams are drained; always the last message.
     *
     * @param exitCode  the host's exit status (0 ok, 1 the example threw, 2 bad parameters)
     * @param stopped   true when it ended because someone stopped it
     * @param survivors descendants still alive after a stop (should always be 0)
     */
    record Exited(int exitCode, boolean stopped, int survivors) implements HostMessage {
    }
}
