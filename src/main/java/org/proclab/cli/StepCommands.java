package org.proclab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.proclab.fold.StepTracker.Status;
import org.proclab.runtime.ProcLabRuntime;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.EventType;

/**
 * In step mode ({@code run ID --step}) the workers stop before each shared operation; whoever drives the run
 * (the app, or a person at the terminal) lets one go on by writing {@code step NAME} on a line of stdin.
 *
 * <p>A step is exactly one operation, and commands are carried out in order: {@code step NAME} waits until
 * that worker is paused at a step, lets it go, and waits until it has done that operation (it paused again,
 * blocked on a lock, or finished) before the next command is read. So a driver may send a whole recorded
 * sequence at once and get the same interleaving again, which is how the app replays a run.
 */
final class StepCommands {
    static final long DEFAULT_WAIT_MILLIS = 10_000;

    private final StepWaiter states;
    private final Predicate<String> stepper;
    private final long waitMillis;

    StepCommands(StepWaiter states, Predicate<String> stepper, long waitMillis) {
        this.states = states;
        this.stepper = stepper;
        this.waitMillis = waitMillis;
    }

    /**
     * Follows the run's events and reads commands on a daemon thread until the input ends; the run does not
     * wait for it. Returns the subscription to close when the run is over.
     */
    static AutoCloseable listen(InputStream in) {
        StepWaiter states = new StepWaiter();
        AutoCloseable subscription = ProcessContext.events().subscribe(states);
        StepCommands commands = new StepCommands(states, ProcLabRuntime::step, DEFAULT_WAIT_MILLIS);
        Thread reader = new Thread(() -> commands.readAll(in), "proclab-step-commands");
        reader.setDaemon(true);
        reader.start();
        return subscription;
    }

    private void readAll(InputStream in) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                handle(line.trim());
            }
        } catch (IOException ex) {
            warn("step commands stopped: " + ex.getMessage());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    void handle(String line) throws InterruptedException {
        if (line.isEmpty()) {
            return;
        }
        String[] words = line.split("\\s+");
        if (words.length != 2 || !words[0].equals("step")) {
            warn("unknown command \"" + line + "\"; in step mode write: step WORKER-NAME");
            return;
        }
        String worker = words[1];
        Status before = states.awaitAny(worker, waitMillis, Status.PAUSED,
                Status.EXITED);
        if (before == Status.EXITED) {
            warn(worker + " has finished: it has no step left");
        } else if (before == Status.BLOCKED) {
            warn(worker + " cannot take a step: it waits for " + states.blockedOn(worker));
        } else if (before == null) {
            warn("no running worker is named \"" + worker + "\"");
        } else if (before != Status.PAUSED) {
            warn(worker + " is not waiting at a step");
        } else {
            states.released(worker);
            if (!stepper.test(worker)) {
                warn("no running worker is named \"" + worker + "\"");
                return;
            }
            // Done when it paused again, blocked or exited; a worker busy with unshared work is let be.
            states.awaitAny(worker, waitMillis, Status.PAUSED, Status.BLOCKED,
                    Status.EXITED);
        }
    }

    private static void warn(String text) {
        ProcessContext ctx = ProcessContext.current();
        ctx.emit(ctx.event(EventType.WARNING, "step").withText(text));
    }
}
