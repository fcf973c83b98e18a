package org.proclab.cli;

import org.proclab.runtime.ProcLabRuntime;
import org.proclab.runtime.ProcessContext;
import org.proclab.runtime.event.EventType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * In step mode ({@code run ID --step}) the workers stop before each shared operation; whoever drives the run
 * (the app, or a person at the terminal) lets one go on by writing {@code step NAME} on a line of stdin.
 */
final class StepCommands {
    private StepCommands() {
    }

    /** Reads commands on a daemon thread until the input ends; the run does not wait for it. */
    static void listen(InputStream in) {
        Thread reader = new Thread(() -> readAll(in), "proclab-step-commands");
        reader.setDaemon(true);
        reader.start();
    }

    private static void readAll(InputStream in) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                handle(line.trim());
            }
        } catch (IOException ex) {
            warn("step commands stopped: " + ex.getMessage());
        }
    }

    static void handle(String line) {
        if (line.isEmpty()) {
            return;
        }
        String[] words = line.split("\\s+");
        if (words.length != 2 || !words[0].equals("step")) {
            warn("unknown command \"" + line + "\"; in step mode write: step WORKER-NAME");
        } else if (!ProcLabRuntime.step(words[1])) {
            warn("no running worker is named \"" + words[1] + "\"");
        }
    }

    private static void warn(String text) {
        ProcessContext ctx = ProcessContext.current();
        ctx.emit(ctx.event(EventType.WARNING, "step").withText(text));
    }
}
