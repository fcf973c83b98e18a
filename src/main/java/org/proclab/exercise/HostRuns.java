package org.proclab.exercise;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.proclab.host.RunHost;

/** Runs host commands one after another and waits for each; {@link #stop()} ends the one running. */
final class HostRuns {
    private final Duration limit;
    private volatile RunHost current;
    private volatile boolean stopped;

    HostRuns(Duration limit) {
        this.limit = limit;
    }

    /** The run's transcript; a run over the time limit is stopped and says so by having no result. */
    RunTranscript run(List<String> command) throws IOException, InterruptedException {
        RunTranscript transcript = new RunTranscript();
        if (stopped) {
            return transcript;
        }
        RunHost host = RunHost.start(command, transcript::accept);
        current = host;
        try {
            if (stopped || !host.awaitExit(limit)) {
                host.stop();
                host.awaitExit(Duration.ofSeconds(3));
            }
        } finally {
            current = null;
        }
        return transcript;
    }

    void stop() {
        stopped = true;
        RunHost h = current;
        if (h != null) {
            h.stop();
        }
    }

    boolean stopped() {
        return stopped;
    }
}
