package org.proclab.host;

import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for {@code cli.Main run --json} in the run-host tests: prints its arguments as lines, and with
 * {@code --spawn N} starts N sleeping child processes and then waits to be killed; with {@code --echo-stdin}
 * it prints each line it reads on stdin as a WARNING event until the line "end".
 */
public final class FakeRunHostMain {
    private FakeRunHostMain() {
    }

    public static void main(String[] args) throws Exception {
        List<Process> children = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ("--spawn".equals(args[i])) {
                int n = Integer.parseInt(args[++i]);
                for (int k = 0; k < n; k++) {
                    children.add(new ProcessBuilder("sleep", "60").start());
                }
                System.out.println("{\"type\":\"WARNING\",\"t\":1,\"worker\":\"main\",\"pid\":1,\"text\":\"spawned\"}");
                System.out.flush();
                Thread.sleep(60_000);
            } else if ("--echo-stdin".equals(args[i])) {
                java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                        java.nio.charset.StandardCharsets.UTF_8));
                for (String line = in.readLine(); line != null && !line.equals("end"); line = in.readLine()) {
                    System.out.println("{\"type\":\"WARNING\",\"t\":1,\"worker\":\"main\",\"pid\":1,\"text\":\""
                            + line + "\"}");
                    System.out.flush();
                }
            } else if ("--stderr".equals(args[i])) {
                System.err.println(args[++i]);
            } else {
                System.out.println(args[i]);
            }
        }
        System.out.flush();
    }
}
