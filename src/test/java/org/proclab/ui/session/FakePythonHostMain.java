package org.proclab.ui.session;

import java.util.List;
import java.util.Map;
import org.proclab.host.wire.HostLineCodec;
import org.proclab.host.wire.HostResult;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/**
 * Stands in for {@code run ID --python --json} when the script raised: one output line of main, then the
 * result line with the exception as the Python printer writes it, exit status 1.
 */
public final class FakePythonHostMain {
    static final String TRACEBACK = "Traceback (most recent call last):\n"
            + "  File \"lock_example.py\", line 12, in <module>\n"
            + "ZeroDivisionError: division by zero\n";

    private FakePythonHostMain() {
    }

    public static void main(String[] args) {
        long pid = ProcessHandle.current().pid();
        System.out.println(HostLineCodec.event(new Event(EventType.OUTPUT, System.nanoTime(), "main", pid, "stdout",
                -1, null, null, "about to divide")));
        HostResult result = HostResult.single("race", false, "ZeroDivisionError: division by zero (line 12)", 5,
                Map.of(), List.of(), Map.of(), Map.of());
        System.out.println(HostLineCodec.result(result, Map.of("language", "python", "exception",
                Map.of("type", "ZeroDivisionError", "message", "division by zero", "file", "lock_example.py",
                        "line", 12, "traceback", TRACEBACK))));
        System.exit(1);
    }
}
