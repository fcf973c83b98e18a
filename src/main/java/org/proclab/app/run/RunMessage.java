package org.proclab.app.run;

import org.proclab.runtime.event.Event;

/** What a run host tells whoever watches it. Delivered on the host's reader threads, never the FX thread. */
public sealed interface RunMessage permits RunMessage.Started, RunMessage.EventLine, RunMessage.Warning,
        RunMessage.Result, RunMessage.Exited, RunMessage.Repeat {

    /** The run host process exists; always the first message. */
    record Started(long pid) implements RunMessage {
    }

    /** One event line of {@code run --json}. */
    record EventLine(Event event) implements RunMessage {
    }

    /** A line that was not an event (or the host's own stderr): shown, never fatal. */
    record Warning(String text) implements RunMessage {
    }

    /**
     * One repetition of {@code run --repeat N}: its number (from 1), the final value of the lock race (null
     * for other chapters), its grade ("expected", "interesting", "forbidden", or null) and the outcome counted.
     */
    record Repeat(int run, Long finalValue, String grade, String outcome) implements RunMessage {
    }

    /** The last line, {@code {"type":"result",...}}. */
    record Result(RunResult result) implements RunMessage {
    }

    /**
     * The run host ended and both its output streams are drained; always the last message.
     *
     * @param exitCode  the host's exit status (0 ok, 1 the example threw, 2 bad parameters)
     * @param stopped   true when it ended because someone called {@link RunHost#stop()}
     * @param survivors descendants still alive after a stop (should always be 0)
     */
    record Exited(int exitCode, boolean stopped, int survivors) implements RunMessage {
    }
}
