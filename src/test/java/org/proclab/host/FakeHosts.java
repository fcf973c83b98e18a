package org.proclab.host;

import java.util.ArrayList;
import java.util.List;

/**
 * Command factories that start {@link FakeRunHostMain} instead of a real run: for tests of whatever drives
 * a host (the session, the controllers, a session model) without a chapter or worker JVMs. The lines given
 * are printed in order; the lesson's own arguments (--step, --repeat N) are ignored by the fake.
 */
public final class FakeHosts {
    private FakeHosts() {
    }

    /** A host that prints these lines (and, for "--stderr X", X on stderr), then exits with 0. */
    public static HostCommand.Factory printing(String... lines) {
        return (lesson, params) -> HostCommand.forMain(FakeRunHostMain.class.getName(), List.of(lines));
    }

    /** A host that echoes each line it reads on stdin as a WARNING event, until "end". */
    public static HostCommand.Factory echoingStdin() {
        return (lesson, params) -> HostCommand.forMain(FakeRunHostMain.class.getName(), List.of("--echo-stdin"));
    }

    /** A host that starts {@code children} sleeping processes, says so, then waits to be stopped. */
    public static List<String> spawning(int children) {
        return new ArrayList<>(HostCommand.forMain(FakeRunHostMain.class.getName(),
                List.of("--spawn", Integer.toString(children))));
    }
}
