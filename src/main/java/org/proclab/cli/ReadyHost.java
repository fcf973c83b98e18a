package org.proclab.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.proclab.host.wire.HostLineCodec;
import org.proclab.lesson.CourseLoader;
import org.proclab.runtime.ProcLabRuntime;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/**
 * {@code proclab ready}: a run host that the app starts before it is needed. It loads what every run loads
 * (the course, the runtime's worker image), then waits for one line on stdin, its real arguments separated by
 * tabs, and runs them as if they had been given on the command line. Stdin stays the run's after that line
 * (a stepped run reads its {@code step} commands there), so the line is read byte by byte, never buffered.
 */
final class ReadyHost {
    static final String COMMAND = "ready";

    private ReadyHost() {
    }

    /** The classes a run loads on this side, and enough event lines for the JIT to compile their writer. */
    private static final String[] RUN_SIDE = {
        "org.proclab.cli.RunSubcommand", "org.proclab.cli.RunArgs", "org.proclab.cli.ExampleInvoker",
        "org.proclab.cli.OutputCapture", "org.proclab.cli.OutputCap", "org.proclab.cli.JsonPrinter",
        "org.proclab.cli.RunRecord", "org.proclab.cli.RunOutcome", "org.proclab.fold.WorkerTracker",
        "org.proclab.host.wire.HostResult", "org.proclab.host.wire.ResultLines",
    };
    private static final int EVENT_LINES = 3000;

    /** Writes made-up event lines nowhere: nothing reaches stdout before the command. */
    static void warmUpEventLines() {
        for (String name : RUN_SIDE) {
            try {
                Class.forName(name, true, ReadyHost.class.getClassLoader());
            } catch (ClassNotFoundException ex) {
                throw new IllegalStateException("class missing: " + name, ex);
            }
        }
        Event[] shapes = {
            Event.of(EventType.VALUE_READ, "worker-1", 1, "counter").withValues(null, "1"),
            Event.of(EventType.VALUE_WRITE, "worker-1", 1, "counter").withValues("1", "2"),
            Event.of(EventType.LOCK_ACQUIRED, "worker-1", 1, "lock").withText("held"),
        };
        int length = 0;
        for (int i = 0; i < EVENT_LINES; i++) {
            length += HostLineCodec.event(shapes[i % shapes.length]).length();
        }
        if (length == 0) {
            throw new IllegalStateException("event lines came out empty");
        }
    }

    /** The arguments of the run, or none (end of input: nobody needs this host any more). */
    static String[] awaitCommand(InputStream in) {
        CourseLoader.loadDefault();
        ProcLabRuntime.prepareWorkers();
        warmUpEventLines();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    System.exit(0);
                }
                line.write(b);
            }
        } catch (IOException ex) {
            System.exit(0);
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? new String[0] : text.split("\t", -1);
    }
}
