package org.proclab.ui.session;

import java.util.HashMap;
import java.util.Map;
import org.proclab.host.wire.HostLineCodec;
import org.proclab.host.wire.HostMessage;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

/**
 * Stands in for {@code cli.Main run --json} under the session tests. {@code finish}: prints an output line and
 * the report {@code lost} (parameter {@code lost}), exits with parameter {@code exit}. {@code hang}: prints a
 * line and sleeps until killed. With {@code --repeat N}, prints N repeat lines whose final value is parameter
 * {@code final} (then, for {@code hang}, sleeps).
 */
public final class FakeLabHostMain {
    private FakeLabHostMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Map<String, String> params = new HashMap<>();
        int repeat = 0;
        for (int i = 1; i < args.length; i++) {
            if ("--repeat".equals(args[i])) {
                repeat = Integer.parseInt(args[++i]);
            } else if (args[i].contains("=")) {
                params.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
            }
        }
        // Written with the host's own codec, so the fake speaks exactly the protocol the window reads.
        System.out.println(HostLineCodec.event(Event.of(EventType.OUTPUT, "main", 1, "stdout")
                .withText("hello from the fake host")));
        for (int run = 1; run <= repeat; run++) {
            String last = params.getOrDefault("final", "20");
            System.out.println(HostLineCodec.repeat(
                    new HostMessage.Repeat(run, last, Long.parseLong(params.getOrDefault("expected", last)),
                            Long.parseLong(last), null, 0)));
        }
        if (repeat == 0) {
            System.out.println(HostLineCodec.event(Event.of(EventType.REPORT, "main", 1, "lost")
                    .withValues(null, params.getOrDefault("lost", "0"))));
        }
        System.out.flush();
        if ("hang".equals(mode)) {
            Thread.sleep(60_000);
        }
        System.exit(Integer.parseInt(params.getOrDefault("exit", "0")));
    }
}
