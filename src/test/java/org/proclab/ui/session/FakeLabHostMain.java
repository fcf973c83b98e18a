package org.proclab.ui.session;

import java.util.HashMap;
import java.util.Map;

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
        System.out.println("{\"type\":\"OUTPUT\",\"t\":1,\"worker\":\"main\",\"pid\":1,\"subject\":\"stdout\","
                + "\"text\":\"hello from the fake host\"}");
        for (int run = 1; run <= repeat; run++) {
            String last = params.getOrDefault("final", "20");
            System.out.println("{\"type\":\"repeat\",\"run\":" + run + ",\"final\":" + last + ",\"outcome\":\""
                    + last + "\"}");
        }
        if (repeat == 0) {
            System.out.println("{\"type\":\"REPORT\",\"t\":2,\"worker\":\"main\",\"pid\":1,\"subject\":\"lost\","
                    + "\"new\":\"" + params.getOrDefault("lost", "0") + "\"}");
        }
        System.out.flush();
        if ("hang".equals(mode)) {
            Thread.sleep(60_000);
        }
        System.exit(Integer.parseInt(params.getOrDefault("exit", "0")));
    }
}
