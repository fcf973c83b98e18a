package org.proclab.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The window's command-line options:
 * {@code --screenshot FILE [--lesson ID] [--run] [--set NAME=VALUE]... [--lang en|zh] [--theme light|dark]
 * [--size WxH] [--steps W1,W2,...] [--outcomes N] [--predict TEXT] [--dev]}. {@code --steps} runs in step mode and
 * sends these steps (worker names, in order); {@code --outcomes N} runs the lock race N times with the lock
 * off and N times with it on; {@code --predict} enters a prediction before the run. {@code --python} shows the
 * Python tab and makes {@code --run} run the Python original; {@code --compare} opens the compare view, runs
 * both languages and takes the picture of that view. {@code --dev} (or {@code -Dproclab.dev=true}) shows the
 * developer figures, such as the longest frame, in the status bar. {@code --exercise N} shows the chapter's
 * exercise N (from 1) instead of its example; {@code --code FILE} puts that file's text in the editor as the
 * learner's edit of the code on screen, as if typed (the editor checks it; {@code --run} compiles it and is
 * refused on a compile error); {@code --check} checks the exercise on real processes and waits for the verdict.
 */
public record AppOptions(Path screenshot, String lesson, boolean run, Map<String, String> params, String lang,
                         String theme, double width, double height, List<String> steps, int outcomes,
                         String predict, boolean python, boolean compare,
                         boolean dev, Path code, int exercise, boolean check, int runs) {

    public static AppOptions parse(List<String> args) {
        Path shot = null;
        String lesson = null;
        boolean run = false;
        Map<String, String> params = new LinkedHashMap<>();
        String lang = null;
        String theme = null;
        double w = 0;
        double h = 0;
        List<String> steps = null;
        int outcomes = 0;
        String predict = null;
        boolean dev = Boolean.getBoolean("proclab.dev");
        boolean python = false;
        boolean compare = false;
        Path code = null;
        int exercise = 0;
        boolean check = false;
        int runs = 1;
        List<String> rest = new ArrayList<>(args);
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            switch (a) {
                case "--screenshot":
                    shot = Path.of(value(rest, ++i, a));
                    break;
                case "--lesson":
                    lesson = value(rest, ++i, a);
                    break;
                case "--run":
                    run = true;
                    break;
                case "--set":
                    String kv = value(rest, ++i, a);
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--set needs NAME=VALUE, got \"" + kv + "\"");
                    }
                    params.put(kv.substring(0, eq), kv.substring(eq + 1));
                    break;
                case "--lang":
                    lang = value(rest, ++i, a);
                    if (!lang.equals("en") && !lang.equals("zh")) {
                        throw new IllegalArgumentException("--lang must be en or zh, got \"" + lang + "\"");
                    }
                    break;
                case "--theme":
                    theme = value(rest, ++i, a);
                    if (!theme.equals("light") && !theme.equals("dark")) {
                        throw new IllegalArgumentException("--theme must be light or dark, got \"" + theme + "\"");
                    }
                    break;
                case "--size":
                    String[] wh = value(rest, ++i, a).split("x");
                    try {
                        w = Double.parseDouble(wh[0]);
                        h = Double.parseDouble(wh[1]);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("--size must look like 1400x900", e);
                    }
                    break;
                case "--steps":
                    steps = List.of(value(rest, ++i, a).split(","));
                    break;
                case "--outcomes":
                    try {
                        outcomes = Integer.parseInt(value(rest, ++i, a));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--outcomes needs a number of runs", e);
                    }
                    break;
                case "--dev":
                    dev = true;
                    break;
                case "--python":
                    python = true;
                    break;
                case "--compare":
                    compare = true;
                    break;
                case "--predict":
                    predict = value(rest, ++i, a);
                    break;
                case "--code":
                    code = Path.of(value(rest, ++i, a));
                    break;
                case "--exercise":
                    exercise = exerciseNumber(value(rest, ++i, a));
                    break;
                case "--check":
                    check = true;
                    break;
                case "--runs":
                    runs = runCount(value(rest, ++i, a));
                    run = true;
                    break;
                default:
                    throw new IllegalArgumentException("unknown option \"" + a + "\"; " + usage());
            }
        }
        if (check && exercise == 0) {
            throw new IllegalArgumentException("--check needs --exercise N (the exercise to check)");
        }
        return new AppOptions(shot, lesson, run, Map.copyOf(params), lang, theme, w, h, steps, outcomes, predict, python,
                compare, dev, code, exercise, check, runs);
    }

    private static int runCount(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= 100) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--runs needs a number of runs from 1 to 100, got \"" + text + "\"");
    }

    private static int exerciseNumber(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the option's name
        }
        throw new IllegalArgumentException("--exercise needs an exercise number from 1, got \"" + text + "\"");
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value; " + usage());
        }
        return args.get(i);
    }

    /** {@code --help}: the usage and what each window option does. */
    public static String help() {
        return usage() + "\n\nWindow options (with --screenshot the window opens, does this, writes FILE and exits;"
                + " settings stay in memory):\n"
                + "  --screenshot FILE    write the window as a PNG once everything below is done\n"
                + "  --lesson ID          open this chapter (see: proclab list)\n"
                + "  --run                run it and wait until the run ends\n"
                + "  --set NAME=VALUE     set a parameter first (repeatable)\n"
                + "  --lang en|zh         --theme light|dark    --size WxH (default 1400x900)\n"
                + "  --steps W1,W2,...    step mode: send these steps, then wait until every worker is paused\n"
                + "  --outcomes N         N runs with the lock off, N with it on: both histograms\n"
                + "  --predict TEXT       answer the chapter's question before the run\n"
                + "  --python             show the Python tab; --run runs the CPython original\n"
                + "  --compare            run Java and Python and take the compare view\n"
                + "  --exercise N         show the chapter's exercise N (from 1) instead of its example\n"
                + "  --code FILE.java     put this file in the editor as the learner's edit, as if typed; the editor\n"
                + "                       checks it, and --run is refused with the error on its line if it does not compile\n"
                + "  --check              check the exercise on real processes and wait for the verdict\n"
                + "  --runs N             run N times in the same window, 2 s apart, a timing line for each\n"
                + "  --dev                show developer figures (longest frame) in the status bar";
    }

    public static String usage() {
        return "usage: proclab [--screenshot FILE [--lesson ID] [--run] [--set NAME=VALUE]... [--lang en|zh]"
                + " [--theme light|dark] [--size WxH] [--steps W1,W2,...] [--outcomes N] [--predict TEXT] [--python] [--compare] [--dev]"
                + " [--exercise N] [--code FILE.java] [--check] [--runs N]]"
                + " | list | run ID ... | bench ...";
    }
}
