package org.proclab.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.proclab.lesson.CourseLoader;
import org.proclab.runtime.ProcLabRuntime;

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

    /** The arguments of the run, or none (end of input: nobody needs this host any more). */
    static String[] awaitCommand(InputStream in) {
        CourseLoader.loadDefault();
        ProcLabRuntime.prepareWorkers();
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
